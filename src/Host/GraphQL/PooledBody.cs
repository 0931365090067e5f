using System.Buffers;

namespace TriThuc.Host.GraphQL;

/// <summary>A request body read into a buffer rented from the shared pool; dispose to return it.</summary>
internal sealed class PooledBody(int initialSize) : IDisposable
{
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(initialSize);

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Span => _buffer.AsSpan(0, Length);

    public Memory<byte> FreeSpace => _buffer.AsMemory(Length);

    public void Advance(int count) => Length += count;

    /// <summary>Doubles the buffer when it is full, so the next read has room.</summary>
    public void EnsureFreeSpace()
    {
        if (Length < _buffer.Length)
        {
            return;
        }

        var larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
        _buffer.AsSpan(0, Length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(_buffer);
}
