using System.Text.Json;

namespace GovernanceBot.Storage;

/// <summary>
/// Key/value storage for bot state, after the Bot Framework SDK's <c>IStorage</c>: each item is a JSON
/// document with an ETag, and writes that carry an ETag are compare-and-swap.
/// </summary>
public interface IStateStore
{
    /// <summary>Reads the items that exist among <paramref name="keys"/>; missing keys are simply absent.</summary>
    Task<IReadOnlyDictionary<string, StateItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>
    /// Writes <paramref name="item"/>. With an ETag of <c>null</c> or <see cref="StateItem.AnyETag"/> the write is
    /// unconditional; any other ETag must match the stored one. One item per call: the bot only ever saves one
    /// conversation's or user's state at a time, and a blob per item (the Azure store) has no multi-item transaction.
    /// </summary>
    /// <returns>The item as written, with its new ETag.</returns>
    /// <exception cref="StateConflictException">The ETag no longer matches (or the item is gone); nothing was written.</exception>
    Task<StateItem> WriteAsync(StateItem item, CancellationToken cancellationToken);

    /// <summary>Deletes <paramref name="keys"/> unconditionally; missing keys are ignored.</summary>
    Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);
}

/// <summary>One stored JSON document and the ETag it was read (or is to be written) with.</summary>
public sealed record StateItem(string Key, JsonElement Value, string? ETag)
{
    /// <summary>The ETag that makes a write unconditional.</summary>
    public const string AnyETag = "*";

    public bool IsUnconditional => ETag is null or AnyETag;
}

/// <summary>A conditional write lost a race: the item changed (or was deleted) since it was read.</summary>
public sealed class StateConflictException(string key)
    : Exception($"The state item '{key}' was changed by another writer.")
{
    public string Key { get; } = key;
}
