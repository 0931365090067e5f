namespace TriThuc.Host.Indicators;

/// <summary>Where an indicator stands against its target, judged against a straight path from the baseline to the target.</summary>
public enum IndicatorStatus
{
    /// <summary>The target is reached.</summary>
    Met,

    /// <summary>Not reached yet, but at or ahead of the straight path to the deadline.</summary>
    OnTrack,

    /// <summary>Below the straight path.</summary>
    Behind,

    /// <summary>Nobody in the denominator: there is nothing to judge.</summary>
    NoData,
}
