using GovernanceBot.Tests.Support;

namespace GovernanceBot.Tests.Manifest;

/// <summary>The icon rules Teams enforces on upload (manifest/color.png and manifest/outline.png).</summary>
public sealed class IconTests
{
    private static readonly PngImage Colour = PngImage.Read(RepositoryRoot.Combine("manifest", "color.png"));
    private static readonly PngImage Outline = PngImage.Read(RepositoryRoot.Combine("manifest", "outline.png"));

    [Fact]
    public void ColourIconIsAnOpaqueFullColour192Square()
    {
        Assert.Equal((192, 192), (Colour.Width, Colour.Height));
        Assert.All(Colour.AllPixels(), pixel => Assert.Equal(255, pixel.A));
        Assert.Contains(Colour.AllPixels(), pixel => pixel.R != pixel.G || pixel.G != pixel.B);
    }

    [Fact]
    public void OutlineIconIsA32SquareWithATransparentBackground()
    {
        Assert.Equal((32, 32), (Outline.Width, Outline.Height));
        Assert.True(Outline.HasAlpha);
        Assert.Equal(0, Outline.Pixel(0, 0).A);
        Assert.Equal(0, Outline.Pixel(31, 0).A);
        Assert.Equal(0, Outline.Pixel(0, 31).A);
        Assert.Equal(0, Outline.Pixel(31, 31).A);
    }

    [Fact]
    public void OutlineIconDrawsOnlyInWhite()
    {
        var drawn = Outline.AllPixels().Where(pixel => pixel.A > 0).ToList();

        Assert.True(drawn.Count > 32 * 32 / 10, $"Only {drawn.Count} pixels are drawn; the outline would be barely visible.");
        Assert.All(drawn, pixel => Assert.Equal((255, 255, 255), (pixel.R, pixel.G, pixel.B)));
    }
}
