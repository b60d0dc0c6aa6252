// expect: missing-entry int F(int x)
int F(int x) => x;
