using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovernanceBot.Knowledge.Ingestion;

public static class IngestionServiceCollectionExtensions
{
    /// <summary>Registers a reader for each of <see cref="DocumentFormats.Extensions"/> and the <see cref="DocumentTextExtractor"/>.</summary>
    public static IServiceCollection AddDocumentReaders(this IServiceCollection services)
    {
        services.TryAddEnumerable(
        [
            ServiceDescriptor.Singleton<IDocumentReader, PlainTextReader>(),
            ServiceDescriptor.Singleton<IDocumentReader, MarkdownReader>(),
            ServiceDescriptor.Singleton<IDocumentReader, PdfReader>(),
            ServiceDescriptor.Singleton<IDocumentReader, DocxReader>(),
            ServiceDescriptor.Singleton<IDocumentReader, HtmlReader>(),
        ]);
        services.TryAddSingleton<DocumentTextExtractor>();
        return services;
    }
}
