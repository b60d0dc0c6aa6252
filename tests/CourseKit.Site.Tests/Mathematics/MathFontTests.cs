using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using CourseKit.Site.Mathematics;

namespace CourseKit.Site.Tests.Mathematics;

/// <summary>
/// The math font the site ships: MathML is laid out by the browser from the font's OpenType MATH table, so the
/// font must have one, and must have glyphs for the symbols the course writes.
/// </summary>
[Collection(SiteAssetsGroup.Name)]
public class MathFontTests(SiteAssets site)
{
    [Fact]
    public void The_shipped_math_font_has_an_opentype_math_table()
    {
        string font = TemmlAssets.Locate(site.SiteDirectory).MathFontFile;
        var tags = FontTables.Tags(File.ReadAllBytes(font));
        Assert.NotNull(tags);
        Assert.Contains("MATH", tags);
        Assert.Contains("cmap", tags);
        Assert.True(FontTables.HasMathTable(font));
    }

    [Theory]
    [InlineData('∑')]
    [InlineData('∫')]
    [InlineData('∂')]
    [InlineData('∇')]
    [InlineData('√')]
    [InlineData('∞')]
    [InlineData('⊤')]
    [InlineData('≈')]
    public void The_shipped_math_font_has_a_glyph_for(char symbol)
    {
        var cmap = Woff2Table(File.ReadAllBytes(TemmlAssets.Locate(site.SiteDirectory).MathFontFile), "cmap");
        Assert.True(MapsCodePoint(cmap, symbol), $"U+{(int)symbol:X4} {symbol} has no glyph in the math font");
    }

    [Fact]
    public void A_font_without_a_math_table_is_told_apart()
    {
        byte[] plain = Sfnt("cmap", "glyf", "head");
        Assert.Equal(["cmap", "glyf", "head"], FontTables.Tags(plain));
        string file = Path.Combine(Path.GetTempPath(), $"coursekit-font-{Guid.NewGuid():N}.ttf");
        File.WriteAllBytes(file, plain);
        try
        {
            Assert.False(FontTables.HasMathTable(file));
        }
        finally
        {
            File.Delete(file);
        }
        Assert.Null(FontTables.Tags(Encoding.ASCII.GetBytes("<html>not a font at all</html>")));
        Assert.Null(FontTables.Tags(Sfnt("cmap", "MATH").AsSpan(0, 20)));
    }

    [Fact]
    public void Woff2_directories_name_known_tables_by_index_and_others_in_full()
    {
        // MATH is known table 31; 'Zzzz' is spelled out (index 63); glyf (10) with transform 0 carries a transformLength.
        byte[] directory = [31, 0x81, 0x00, 63, (byte)'Z', (byte)'z', (byte)'z', (byte)'z', 0x05, 10, 0x10, 0x08];
        byte[] font = new byte[48 + directory.Length];
        BinaryPrimitives.WriteUInt32BigEndian(font, 0x774F4632);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(12), 3);
        directory.CopyTo(font, 48);
        Assert.Equal(["MATH", "Zzzz", "glyf"], FontTables.Tags(font));
    }

    private static byte[] Sfnt(params string[] tags)
    {
        var font = new byte[12 + (16 * tags.Length)];
        BinaryPrimitives.WriteUInt32BigEndian(font, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(4), (ushort)tags.Length);
        for (int i = 0; i < tags.Length; i++)
        {
            Encoding.ASCII.GetBytes(tags[i]).CopyTo(font, 12 + (16 * i));
        }
        return font;
    }

    // Independent of FontTables: walks the WOFF2 directory keeping lengths, decompresses the one Brotli stream
    // and cuts out the table, which sits after the (possibly transformed) tables before it.
    private static byte[] Woff2Table(byte[] font, string wanted)
    {
        string[] known = ["cmap", "head", "hhea", "hmtx", "maxp", "name", "OS/2", "post", "cvt ", "fpgm", "glyf", "loca", "prep", "CFF ", "VORG", "EBDT",
            "EBLC", "gasp", "hdmx", "kern", "LTSH", "PCLT", "VDMX", "vhea", "vmtx", "BASE", "GDEF", "GPOS", "GSUB", "EBSC", "JSTF", "MATH"];
        Assert.Equal(0x774F4632u, BinaryPrimitives.ReadUInt32BigEndian(font));
        int count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(12));
        int totalSfnt = (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(16));
        int compressed = (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(20));
        int at = 48, offset = 0, found = -1, length = 0;
        for (int i = 0; i < count; i++)
        {
            byte flags = font[at++];
            string tag = (flags & 63) == 63 ? Encoding.ASCII.GetString(font, (at += 4) - 4, 4) : known[flags & 63];
            int original = Base128(font, ref at);
            bool transformed = tag is "glyf" or "loca" ? flags >> 6 != 3 : flags >> 6 != 0;
            int stored = transformed ? Base128(font, ref at) : original;
            if (tag == wanted)
            {
                Assert.False(transformed);
                (found, length) = (offset, original);
            }
            offset += stored;
        }
        Assert.True(found >= 0, $"no {wanted} table");
        var data = new byte[Math.Max(offset, totalSfnt)];
        Assert.True(BrotliDecoder.TryDecompress(font.AsSpan(at, compressed), data, out int written), "the font's Brotli stream does not decompress");
        Assert.True(written >= found + length);
        return data.AsSpan(found, length).ToArray();
    }

    private static int Base128(byte[] bytes, ref int at)
    {
        int value = 0;
        for (int i = 0; i < 5; i++)
        {
            byte b = bytes[at++];
            value = (value << 7) | (b & 0x7F);
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }
        throw new InvalidDataException("bad UIntBase128");
    }

    // Looks the code point up in the cmap's Unicode subtables of format 4 (BMP segments) or 12 (groups).
    private static bool MapsCodePoint(byte[] cmap, int codePoint)
    {
        int tables = BinaryPrimitives.ReadUInt16BigEndian(cmap.AsSpan(2));
        for (int t = 0; t < tables; t++)
        {
            int platform = BinaryPrimitives.ReadUInt16BigEndian(cmap.AsSpan(4 + (8 * t)));
            int offset = (int)BinaryPrimitives.ReadUInt32BigEndian(cmap.AsSpan(8 + (8 * t)));
            if (platform is not (0 or 3))
            {
                continue;
            }
            var sub = cmap.AsSpan(offset);
            int format = BinaryPrimitives.ReadUInt16BigEndian(sub);
            if (format == 4)
            {
                int segments = BinaryPrimitives.ReadUInt16BigEndian(sub[6..]) / 2;
                for (int s = 0; s < segments; s++)
                {
                    int end = BinaryPrimitives.ReadUInt16BigEndian(sub[(14 + (2 * s))..]);
                    int start = BinaryPrimitives.ReadUInt16BigEndian(sub[(16 + (2 * segments) + (2 * s))..]);
                    if (codePoint >= start && codePoint <= end && end != 0xFFFF)
                    {
                        return true;
                    }
                }
            }
            else if (format == 12)
            {
                long groups = BinaryPrimitives.ReadUInt32BigEndian(sub[12..]);
                for (int g = 0; g < groups; g++)
                {
                    long start = BinaryPrimitives.ReadUInt32BigEndian(sub[(16 + (12 * g))..]);
                    long end = BinaryPrimitives.ReadUInt32BigEndian(sub[(20 + (12 * g))..]);
                    if (codePoint >= start && codePoint <= end)
                    {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
