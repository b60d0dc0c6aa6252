using System.Buffers.Binary;
using System.Text;

namespace CourseKit.Site.Mathematics;

/// <summary>
/// The table tags of an OpenType font file (plain sfnt, WOFF or WOFF2), read from its table directory without
/// decompressing anything. MathML looks right only with a font that has a <c>MATH</c> table (the constants and
/// glyph variants that size radicals, fractions and big operators), so the build checks the math font for one.
/// </summary>
public static class FontTables
{
    // WOFF2 names common tables by their index in this list (spec section 5.1); index 63 means a 4-byte tag follows.
    private static readonly string[] Woff2KnownTags =
    [
        "cmap", "head", "hhea", "hmtx", "maxp", "name", "OS/2", "post", "cvt ", "fpgm", "glyf", "loca", "prep", "CFF ", "VORG", "EBDT",
        "EBLC", "gasp", "hdmx", "kern", "LTSH", "PCLT", "VDMX", "vhea", "vmtx", "BASE", "GDEF", "GPOS", "GSUB", "EBSC", "JSTF", "MATH",
        "CBDT", "CBLC", "COLR", "CPAL", "SVG ", "sbix", "acnt", "avar", "bdat", "bloc", "bsln", "cvar", "fdsc", "feat", "fmtx", "fvar",
        "gvar", "hsty", "just", "lcar", "mort", "morx", "opbd", "prop", "trak", "Zapf", "Silf", "Glat", "Gloc", "Feat", "Sill",
    ];

    /// <summary>The tags in the font's table directory, in directory order; null when the bytes are not a font this reads.</summary>
    public static IReadOnlyList<string>? Tags(ReadOnlySpan<byte> font)
    {
        if (font.Length < 12)
        {
            return null;
        }
        uint signature = BinaryPrimitives.ReadUInt32BigEndian(font);
        try
        {
            return signature switch
            {
                0x00010000 or 0x4F54544F or 0x74727565 => Directory(font, count: BinaryPrimitives.ReadUInt16BigEndian(font[4..]), start: 12, entrySize: 16), // TrueType, 'OTTO', 'true'
                0x774F4646 => Directory(font, count: BinaryPrimitives.ReadUInt16BigEndian(font[12..]), start: 44, entrySize: 20), // 'wOFF'
                0x774F4632 => Woff2Directory(font), // 'wOF2'
                _ => null,
            };
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or IndexOutOfRangeException)
        {
            return null; // a directory running past the end of the file: not a font
        }
    }

    /// <summary>True when <paramref name="file"/> is a font with a <c>MATH</c> table.</summary>
    public static bool HasMathTable(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        // The directory sits at the start: 48 bytes of WOFF2 header and at most 5 + 2 × 5 bytes per table.
        using var stream = File.OpenRead(file);
        var head = new byte[(int)Math.Min(stream.Length, 8192)];
        stream.ReadExactly(head);
        return Tags(head)?.Contains("MATH") == true;
    }

    private static string[] Directory(ReadOnlySpan<byte> font, int count, int start, int entrySize)
    {
        var tags = new string[count];
        for (int i = 0; i < count; i++)
        {
            tags[i] = Encoding.ASCII.GetString(font.Slice(start + (i * entrySize), 4));
        }
        return tags;
    }

    private static string[] Woff2Directory(ReadOnlySpan<byte> font)
    {
        int count = BinaryPrimitives.ReadUInt16BigEndian(font[12..]);
        var tags = new string[count];
        int at = 48;
        for (int i = 0; i < count; i++)
        {
            byte flags = font[at++];
            int index = flags & 0x3F;
            int version = flags >> 6;
            string tag;
            if (index == 63)
            {
                tag = Encoding.ASCII.GetString(font.Slice(at, 4));
                at += 4;
            }
            else
            {
                tag = Woff2KnownTags[index];
            }
            at = SkipBase128(font, at); // origLength
            // glyf and loca carry a transformLength unless their transform is the null one (3); others only when transformed.
            bool transformed = tag is "glyf" or "loca" ? version != 3 : version != 0;
            if (transformed)
            {
                at = SkipBase128(font, at);
            }
            tags[i] = tag;
        }
        return tags;
    }

    private static int SkipBase128(ReadOnlySpan<byte> font, int at)
    {
        for (int i = 0; i < 5; i++)
        {
            if ((font[at++] & 0x80) == 0)
            {
                return at;
            }
        }
        throw new ArgumentOutOfRangeException(nameof(font), "a UIntBase128 longer than 5 bytes");
    }
}
