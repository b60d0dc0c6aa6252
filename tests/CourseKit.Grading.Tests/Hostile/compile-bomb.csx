// expect: compile-error nested more than
int M(Func<int,int>f)=>0;int M(Func<long,int>f)=>0;int M(Func<byte,int>f)=>0;M(a=>M(b=>M(c=>M(d=>M(e=>M(f=>M(g=>M(h=>M(i=>0)))))))));
