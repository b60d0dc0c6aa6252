// compile-timeout: 0.25
// expect: compile-error compiling took longer
// Within the nesting limit but with more overloads (5^6 bindings): the compile time limit has to cut this one off.
// The limit is set low so that even a fast, idle machine cannot finish it in time; it must be refused, not run.
int M(Func<int,int>f)=>0;int M(Func<long,int>f)=>0;int M(Func<byte,int>f)=>0;int M(Func<short,int>f)=>0;int M(Func<sbyte,int>f)=>0;
M(a=>M(b=>M(c=>M(d=>M(e=>M(f=>0))))));
