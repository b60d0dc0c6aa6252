using System.Threading.Channels;

namespace CourseKit.Site.Serving;

/// <summary>The open pages waiting for a reload: each server-sent-events connection subscribes, a finished rebuild notifies them all.</summary>
public sealed class ReloadHub
{
    private readonly Lock gate = new();
    private readonly List<Channel<int>> subscribers = [];
    private int version;

    /// <summary>How many pages are connected.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return subscribers.Count;
            }
        }
    }

    /// <summary>A channel that receives the build number each time <see cref="Notify"/> is called.</summary>
    public ChannelReader<int> Subscribe()
    {
        var channel = Channel.CreateUnbounded<int>();
        lock (gate)
        {
            subscribers.Add(channel);
        }
        return channel.Reader;
    }

    /// <summary>Forgets a page that disconnected.</summary>
    public void Unsubscribe(ChannelReader<int> reader)
    {
        lock (gate)
        {
            subscribers.RemoveAll(c => c.Reader == reader);
        }
    }

    /// <summary>Tells every connected page to reload.</summary>
    public void Notify()
    {
        lock (gate)
        {
            version++;
            foreach (var channel in subscribers)
            {
                channel.Writer.TryWrite(version);
            }
        }
    }
}
