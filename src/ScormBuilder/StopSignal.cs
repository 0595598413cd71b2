using System.Runtime.InteropServices;

namespace ScormBuilder.Cli;

/// <summary>
/// Ctrl+C or SIGTERM as a cancellation token, so that watch and preview stop cleanly: the server closes its
/// connections and the terminal gets its summary instead of a killed process.
/// </summary>
internal sealed class StopSignal : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly PosixSignalRegistration[] _registrations;

    public StopSignal()
    {
        _registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop),
        ];
    }

    public CancellationToken Token => _stop.Token;

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _stop.Dispose();
    }

    private void Stop(PosixSignalContext context)
    {
        // Keep the process alive long enough to shut down in order; a second Ctrl+C still ends it at once.
        context.Cancel = !_stop.IsCancellationRequested;
        _stop.Cancel();
    }
}
