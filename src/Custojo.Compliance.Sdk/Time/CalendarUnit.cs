namespace Custojo.Compliance.Sdk.Time;

/// <summary>A calendar period length, always taken in the installation's time zone.</summary>
public enum CalendarUnit
{
    /// <summary>A local calendar day, midnight to midnight (23 or 25 hours on DST change days). Label <c>2026-10-05</c>.</summary>
    Day,
    /// <summary>An ISO 8601 week, Monday to Monday; week 1 holds the year's first Thursday. Label <c>2026-W42</c>.</summary>
    IsoWeek,
    /// <summary>A calendar month. Label <c>2026-10</c>.</summary>
    Month,
    /// <summary>A calendar quarter (January, April, July, October). Label <c>2026-Q4</c>.</summary>
    Quarter,
    /// <summary>A calendar year. Label <c>2026</c>.</summary>
    Year,
}
