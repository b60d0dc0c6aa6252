namespace CourseKit.Benchmarks.Micrograd;

/// <summary>
/// A C# port of micrograd's scalar <c>Value</c>, the design a C# user would write first: every operation allocates
/// a node, its children array and a closure holding its backward rule. The one change from micrograd: the
/// topological sort is iterative, because a 100,000-node chain would overflow the stack with recursion.
/// </summary>
public sealed class Value(double data)
{
    private static readonly Action s_leaf = static () => { };

    private Value[] _children = [];
    private Action _backward = s_leaf;

    public double Data { get; } = data;

    public double Grad { get; set; }

    public static Value operator +(Value a, Value b)
    {
        var result = new Value(a.Data + b.Data) { _children = [a, b] };
        result._backward = () =>
        {
            a.Grad += result.Grad;
            b.Grad += result.Grad;
        };
        return result;
    }

    // micrograd wraps a plain number into a leaf Value before the operation, and so does this port.
    public static Value operator +(Value a, double b) => a + new Value(b);

    public static Value operator -(Value a, double b) => a + new Value(-b);

    public static Value operator *(Value a, Value b)
    {
        var result = new Value(a.Data * b.Data) { _children = [a, b] };
        result._backward = () =>
        {
            a.Grad += b.Data * result.Grad;
            b.Grad += a.Data * result.Grad;
        };
        return result;
    }

    public static Value operator *(Value a, double b) => a * new Value(b);

    public Value Relu()
    {
        var result = new Value(Data < 0 ? 0 : Data) { _children = [this] };
        result._backward = () => Grad += (result.Data > 0 ? 1 : 0) * result.Grad;
        return result;
    }

    public void Backward()
    {
        var order = new List<Value>();
        var visited = new HashSet<Value>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<(Value Node, bool ChildrenDone)>();
        stack.Push((this, false));
        while (stack.Count > 0)
        {
            var (node, childrenDone) = stack.Pop();
            if (childrenDone)
            {
                order.Add(node);
                continue;
            }

            if (!visited.Add(node))
            {
                continue;
            }

            stack.Push((node, true));
            for (var i = node._children.Length - 1; i >= 0; i--)
            {
                if (!visited.Contains(node._children[i]))
                {
                    stack.Push((node._children[i], false));
                }
            }
        }

        Grad = 1;
        for (var i = order.Count - 1; i >= 0; i--)
        {
            order[i]._backward();
        }
    }
}
