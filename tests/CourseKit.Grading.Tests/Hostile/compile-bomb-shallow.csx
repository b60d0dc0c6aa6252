// compile-timeout: 1
// expect: compile-error compiling took longer
// Within the nesting limit but with more overloads: the compile time limit has to cut this one off.
int M(Func<int,int>f)=>0;int M(Func<long,int>f)=>0;int M(Func<byte,int>f)=>0;int M(Func<short,int>f)=>0;
M(a=>M(b=>M(c=>M(d=>M(e=>M(f=>0))))));
