using System.Text;
using ScormBuilder.Loading;

namespace ScormBuilder.Tests.Loading;

public sealed class SvgContentTests
{
    private const string Svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">";

    private static string? Problem(string svg) => SvgContent.Problem(new MemoryStream(Encoding.UTF8.GetBytes(svg)));

    [Theory]
    [InlineData(Svg + "<script>alert(1)</script></svg>", "<script>")]
    [InlineData(Svg + "<SCRIPT>alert(1)</SCRIPT></svg>", "<SCRIPT>")]
    [InlineData(Svg + "<rect onclick=\"alert(1)\"/></svg>", "'onclick'")]
    [InlineData(Svg + "<rect ONLOAD=\"alert(1)\"/></svg>", "'ONLOAD'")]
    [InlineData(Svg + "<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject></svg>", "<foreignObject>")]
    [InlineData(Svg + "<html:iframe xmlns:html=\"http://www.w3.org/1999/xhtml\" srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"/></svg>", "<html:iframe> (namespace 'http://www.w3.org/1999/xhtml')")]
    [InlineData(Svg + "<g><img xmlns=\"http://www.w3.org/1999/xhtml\" src=\"https://x.example/p.png\"/></g></svg>", "<img> (namespace 'http://www.w3.org/1999/xhtml')")]
    [InlineData(Svg + "<meta xmlns=\"http://www.w3.org/1999/xhtml\" http-equiv=\"refresh\" content=\"0;url=https://x.example\"/></svg>", "<meta>")]
    [InlineData(Svg + "<meta http-equiv=\"refresh\" content=\"0\"/></svg>", "<meta> (line 1): a plain drawing")]
    [InlineData("<?xml-stylesheet type=\"text/xsl\" href=\"#x\"?>" + Svg + "</svg>", "'<?xml-stylesheet?>'")]
    [InlineData("<?xml version=\"1.0\"?>\n<?xml-stylesheet href=\"https://x.example/a.css\"?>" + Svg + "</svg>", "(line 2)")]
    [InlineData(Svg + "<style>@import 'https://x.example/a.css';</style></svg>", "<style>")]
    [InlineData(Svg + "<style>@imp<!---->ort 'https://x.example/a.css';</style></svg>", "<style>")]
    [InlineData(Svg + "<style><x/>@import 'https://x.example/a.css';</style></svg>", "<style>")]
    [InlineData(Svg + "<a href=\"https://example.org\"><text>x</text></a></svg>", "outside the drawing")]
    [InlineData(Svg + "<use xlink:href=\"other.svg#a\"/></svg>", "outside the drawing")]
    [InlineData(Svg + "<use href=\"data:image/svg+xml,&lt;svg/&gt;#a\"/></svg>", "outside the drawing")]
    [InlineData(Svg + "<a href=\"#x\"><set attributeName=\"href\" to=\"javascript:alert(1)\"/></a></svg>", "<set>")]
    [InlineData(Svg + "<animate attributeName=\"href\" values=\"https://x.example\"/></svg>", "<animate>")]
    [InlineData(Svg + "<image href=\"https://x.example/p.png\"/></svg>", "<image>")]
    [InlineData(Svg + "<filter><feImage href=\"https://x.example/p.png\"/></filter></svg>", "<feImage>")]
    [InlineData(Svg + "<rect fill=\"data:image/png;base64,AA==\"/></svg>", "character ':'")]
    [InlineData(Svg + "<rect style=\"fill:url(https://x.example/p)\"/></svg>", "loads 'url(https")]
    [InlineData(Svg + "<rect fill=\"url( 'https://x.example/p' )\"/></svg>", "loads 'url(https")]
    [InlineData(Svg + "<rect style=\"fill: u\\72l(https://x.example/p)\"/></svg>", "character '\\'")]
    [InlineData(Svg + "<rect style=\"fill: red; background: image-set('https://x.example/p.png' 1x)\"/></svg>", "'background'")]
    [InlineData(Svg + "<rect fill=\"image-set(&quot;x.png&quot; 1x)\"/></svg>", "image-set()")]
    [InlineData(Svg + "<rect fill=\"&#x75;rl(https://x.example/p)\"/></svg>", "loads 'url(https")]
    [InlineData(Svg + "<rect style=\"fill: red/**/\"/></svg>", "character '*'")]
    [InlineData(Svg + "<rect style=\"filter: x; @import url(#a)\"/></svg>", "'@import url(#a)'")]
    [InlineData(Svg + "<rect sodipodi:type=\"arc\" xmlns:sodipodi=\"http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd\"/></svg>", "'sodipodi:type'")]
    [InlineData("<html xmlns=\"http://www.w3.org/1999/xhtml\"><script>alert(1)</script></html>", "root element is <html>")]
    [InlineData("<svg><rect/></svg>", "root element is <svg> (in no namespace)")]
    [InlineData("<!DOCTYPE svg [<!ENTITY a \"b\">]>" + Svg + "&a;</svg>", "not well-formed")]
    [InlineData(Svg + "<rect>", "not well-formed")]
    [InlineData("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + Svg + "</svg>", "encoding 'ISO-8859-1'")]
    [InlineData("<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + Svg + "</svg>", "encoding 'UTF-16'")]
    [InlineData(Svg + "<metadata><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/></metadata></svg>", "saved as plain or optimised SVG")]
    [InlineData(Svg + "<rect xml:base=\"https://x.example/\"/></svg>", "'xml:base'")]
    [InlineData(Svg + "<rect xmlns:xlink=\"http://www.w3.org/1999/xhtml\" xlink:href=\"#a\"/></svg>", "'xlink:href'")]
    public void Should_refuse_what_is_not_a_plain_drawing(string svg, string problem) =>
        Assert.Contains(problem, Problem(svg), StringComparison.Ordinal);

    [Fact]
    public void Should_accept_a_plain_drawing_with_references_inside_it()
    {
        var svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- Made with a drawing tool -->\n" + Svg +
                  "<title>A chart</title><defs><linearGradient id=\"g\" gradientTransform=\"rotate(90)\"><stop offset=\"0\" stop-color=\"#036\"/></linearGradient>" +
                  "<marker id=\"m\" orient=\"auto\"><path d=\"M0,0 L10,5 z\"/></marker><clipPath id=\"c\"><circle r=\"4\"/></clipPath>" +
                  "<filter id=\"f\"><feGaussianBlur stdDeviation=\"2\"/></filter></defs>" +
                  "<rect width=\"10\" height=\"10\" fill=\"url(#g)\" clip-path=\"url(#c)\" style=\"stroke: url('#g'); stroke-width: 2px; font-family: 'Open Sans', sans-serif; fill: rgba(0, 0, 0, .5)\"/>" +
                  "<line marker-end=\"url(#m)\" filter=\"url(#f)\" transform=\"translate(2 3) scale(2)\"/><use href=\"#g\"/><use xlink:href=\"#g\"/>" +
                  "<a href=\"#top\"><text xml:space=\"preserve\">Top <tspan font-weight=\"bold\">here</tspan></text></a></svg>";

        Assert.Null(Problem(svg));
    }

    [Fact]
    public void Should_accept_what_Inkscape_writes_as_plain_SVG()
    {
        var svg = """
            <?xml version="1.0" encoding="UTF-8" standalone="no"?>
            <!-- Created with Inkscape (http://www.inkscape.org/) -->
            <svg width="210mm" height="297mm" viewBox="0 0 210 297" version="1.1" id="svg5" xmlns="http://www.w3.org/2000/svg" xmlns:svg="http://www.w3.org/2000/svg">
              <defs id="defs2"><linearGradient id="lg1"><stop style="stop-color:#000000;stop-opacity:1;" offset="0" id="stop1" /></linearGradient></defs>
              <g id="layer1">
                <rect style="fill:url(#lg1);fill-opacity:1;stroke:none;stroke-width:0.264583;paint-order:markers fill stroke" id="rect1" width="50" height="30" x="10" y="20" />
                <text xml:space="preserve" style="font-style:normal;font-size:10.5833px;line-height:1.25;font-family:sans-serif;-inkscape-font-specification:'Sans, Normal';font-variation-settings:normal;letter-spacing:0px;fill:#000000" x="12" y="40" id="text1"><tspan id="tspan1" x="12" y="40">Label</tspan></text>
              </g>
            </svg>
            """;

        Assert.Null(Problem(svg));
    }

    [Fact]
    public void Should_refuse_bytes_that_are_not_UTF8() =>
        Assert.Contains("not UTF-8", SvgContent.Problem(new MemoryStream([.. Encoding.UTF8.GetBytes(Svg + "<text>"), 0xE9, .. Encoding.UTF8.GetBytes("</text></svg>")])), StringComparison.Ordinal);

    [Fact]
    public void Should_accept_the_sample_course_drawing() =>
        Assert.Null(SvgContent.Problem(File.OpenRead(Path.Combine(Support.RepoPaths.Root, "src/ScormBuilder/Scaffolding/SampleCourse/media/course-to-package.svg"))));
}
