using Microsoft.Win32.SafeHandles;

namespace ScormBuilder.Sources;

/// <summary>
/// A file opened once through the sandbox: the handle, checked to be a regular file, and its length when it was
/// opened. Everything that uses the file (the content check, the hash, the zip) reads this handle from offsets, never
/// past that length, so nothing re-opens a path that may have been swapped since. Disposing closes the handle.
/// </summary>
internal sealed class SourceFile : IDisposable
{
    private readonly SafeFileHandle _handle;
    private byte[]? _pinned;

    internal SourceFile(SafeFileHandle handle, long length)
    {
        _handle = handle;
        Length = length;
    }

    /// <summary>The length the file had when it was opened; no read goes past it.</summary>
    public long Length { get; }

    /// <summary>
    /// Reads the whole file into memory now, and serves every later read from those bytes: for a file whose content
    /// was checked, so that what is packed is exactly what was checked even if the file is rewritten in place.
    /// </summary>
    public byte[] Pin() => _pinned ??= ReadAll();

    /// <summary>A read-only stream over the file from its start, with a position of its own.</summary>
    public Stream OpenStream() => _pinned is { } bytes ? new MemoryStream(bytes, writable: false) : new Reader(this);

    /// <summary>Every byte of the file, read from the handle (or the pinned copy).</summary>
    public byte[] ReadAll()
    {
        if (_pinned is { } pinned)
        {
            return pinned;
        }

        var bytes = new byte[Length];
        var done = 0;
        while (done < bytes.Length)
        {
            done += ReadAt(done, bytes.AsSpan(done));
        }

        return bytes;
    }

    public void Dispose() => _handle.Dispose();

    // A file that shrinks after it was opened is refused rather than packed short.
    private int ReadAt(long offset, Span<byte> buffer)
    {
        var wanted = (int)Math.Min(buffer.Length, Length - offset);
        if (wanted <= 0)
        {
            return 0;
        }

        var read = RandomAccess.Read(_handle, buffer[..wanted], offset);
        return read > 0 ? read : throw new IOException("the file became shorter while the build was reading it");
    }

    private sealed class Reader(SourceFile file) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => false;

        public override long Length => file.Length;

        public override long Position
        {
            get => _position;
            set => _position = Math.Clamp(value, 0, file.Length);
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = file.ReadAt(_position, buffer);
            _position += read;
            return read;
        }

        public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => file.Length + offset,
        };

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
