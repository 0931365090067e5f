using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TriThuc.Testing;

/// <summary>
/// Counts the SQL statements sent while watched, through EF Core's diagnostic events: those of one test host's
/// modules (filtered to the host's own database files or PostgreSQL database), or those of one DbContext
/// instance. The outbox dispatcher's polling is left out: it runs on a timer, not for the request under test.
/// </summary>
public sealed class SqlStatements : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly Func<CommandEventData, bool> _belongs;
    private readonly List<IDisposable> _subscriptions = [];
    private readonly List<string> _statements = [];

    private SqlStatements(Func<CommandEventData, bool> belongs)
    {
        _belongs = belongs;
        _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    public static SqlStatements Watch(TestHost host) => new(command => command.Command.Connection is { } connection && host.OwnsConnection(connection));

    public static SqlStatements Watch(DbContext context) => new(command => ReferenceEquals(command.Context, context));

    public IReadOnlyList<string> Statements
    {
        get
        {
            lock (_statements)
            {
                return [.. _statements];
            }
        }
    }

    public void Dispose()
    {
        foreach (var subscription in _subscriptions)
        {
            subscription.Dispose();
        }
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name)
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(listener.Subscribe(this));
            }
        }
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData executed
            && _belongs(executed)
            && !executed.Command.CommandText.Contains("\"OutboxMessages\"", StringComparison.Ordinal))
        {
            lock (_statements)
            {
                _statements.Add(executed.Command.CommandText);
            }
        }
    }

    void IObserver<DiagnosticListener>.OnCompleted()
    {
    }

    void IObserver<DiagnosticListener>.OnError(Exception error)
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnCompleted()
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error)
    {
    }
}
