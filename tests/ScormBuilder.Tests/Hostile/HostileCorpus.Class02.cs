namespace ScormBuilder.Tests.Hostile;

internal static partial class HostileCorpus
{
    private const string SvgOpen = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">";

    private static HostileCase[] Class02 =>
    [
        Drawing("XHTML iframe srcdoc inside an SVG", SvgOpen + "<html:iframe xmlns:html=\"http://www.w3.org/1999/xhtml\" srcdoc=\"&lt;script&gt;parent.alert(document.cookie)&lt;/script&gt;\"/></svg>"),
        Drawing("XHTML iframe by default namespace", SvgOpen + "<g><iframe xmlns=\"http://www.w3.org/1999/xhtml\" src=\"https://x.example/\"/></g></svg>"),
        Drawing("XHTML img loading from elsewhere", SvgOpen + "<img xmlns=\"http://www.w3.org/1999/xhtml\" src=\"https://tracker.example/p.png\"/></svg>"),
        Drawing("XHTML meta refresh", SvgOpen + "<meta xmlns=\"http://www.w3.org/1999/xhtml\" http-equiv=\"refresh\" content=\"0;url=https://x.example/\"/></svg>"),
        Drawing("meta refresh in the SVG namespace", SvgOpen + "<meta http-equiv=\"refresh\" content=\"0;url=https://x.example/\"/></svg>"),
        Drawing("XSLT through xml-stylesheet", "<?xml version=\"1.0\"?>\n<?xml-stylesheet type=\"text/xsl\" href=\"data:text/xml,x\"?>\n" + SvgOpen + "</svg>"),
        Drawing("remote CSS through xml-stylesheet", "<?xml-stylesheet href=\"https://x.example/a.css\"?>" + SvgOpen + "</svg>"),
        Drawing("style element with import", SvgOpen + "<style>@import url(https://x.example/a.css);</style></svg>"),
        Drawing("import split by a comment", SvgOpen + "<style>@imp<!---->ort url(https://x.example/a.css);</style></svg>"),
        Drawing("import after an element inside style", SvgOpen + "<style><x/>@import url(https://x.example/a.css);</style></svg>"),
        Drawing("style element in CDATA", SvgOpen + "<style><![CDATA[rect { fill: url(https://x.example/p) }]]></style></svg>"),
        Drawing("image-set in a fill", SvgOpen + "<rect width=\"9\" height=\"9\" fill=\"image-set('https://x.example/p.png' 1x)\"/></svg>"),
        Drawing("image-set in a style attribute", SvgOpen + "<rect width=\"9\" height=\"9\" style=\"fill: image-set(url(https://x.example/p.png) 1x)\"/></svg>"),
        Drawing("url by character reference", SvgOpen + "<rect width=\"9\" height=\"9\" fill=\"&#x75;rl(https://x.example/p)\"/></svg>"),
        Drawing("url by CSS escape", SvgOpen + "<rect width=\"9\" height=\"9\" style=\"fill: u\\72l(https://x.example/p)\"/></svg>"),
        Drawing("SMIL set of href", SvgOpen + "<a href=\"#x\"><set attributeName=\"href\" to=\"javascript:alert(1)\"/><text>x</text></a></svg>"),
        Drawing("SMIL animate of xlink:href", SvgOpen + "<use xlink:href=\"#a\"><animate attributeName=\"xlink:href\" values=\"https://x.example/a.svg#a\"/></use></svg>"),
        Drawing("image from elsewhere", SvgOpen + "<image href=\"https://tracker.example/p.png\" width=\"1\" height=\"1\"/></svg>"),
        Drawing("feImage from elsewhere", SvgOpen + "<filter id=\"f\"><feImage href=\"https://tracker.example/p.png\"/></filter></svg>"),
        Drawing("use of another file", SvgOpen + "<use href=\"other.svg#a\"/></svg>"),
        Drawing("link out of the drawing", SvgOpen + "<a href=\"https://x.example/\"><text>x</text></a></svg>"),
        Drawing("DOCTYPE with an entity", "<!DOCTYPE svg [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>" + SvgOpen + "<text>&e;</text></svg>"),
        Drawing("root that is HTML", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><script>alert(1)</script></body></html>"),
        Drawing("declared in another encoding than its bytes", "<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + SvgOpen + "</svg>"),
        Drawing("xml:base pointing elsewhere", SvgOpen + "<g xml:base=\"https://x.example/\"><use href=\"#a\"/></g></svg>"),
        Drawing("event handler attribute", SvgOpen + "<rect width=\"9\" height=\"9\" onmouseover=\"alert(1)\"/></svg>"),
        new(Class: 2, "plain drawing with internal references builds",
            "@@ write media/drawing.svg\n" + SvgOpen +
            "<defs><linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"#036\"/></linearGradient></defs>" +
            "<rect width=\"9\" height=\"9\" fill=\"url(#g)\" style=\"stroke: url('#g'); stroke-width: 2\"/><use href=\"#g\"/></svg>\n" +
            DrawingInSession, HostileOutcome.Builds),
    ];

    private const string DrawingInSession = "@@ replace sessions/01-intro.md\n../media/diagram.png\n@@ with\n../media/drawing.svg";

    private static HostileCase Drawing(string name, string svg) =>
        new(Class: 2, name, $"@@ write media/drawing.svg\n{svg}\n{DrawingInSession}", HostileOutcome.Refused("SB2018", "sessions/01-intro.md(12,1)"));
}
