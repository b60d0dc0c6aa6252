// expect: threw Evil
// The grader must name the exception without calling the learner's Message or ToString.
class Evil : Exception
{
    public override string Message { get { while (true) { } } }

    public override string ToString() { while (true) { } }
}

double F(double x) => throw new Evil();
