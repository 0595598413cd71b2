namespace ScormBuilder.Loading;

/// <summary>
/// The names a plain drawing may use: what drawing tools export for shapes, paths, text, gradients, patterns,
/// markers, clip paths, masks and filters, and their presentation attributes. Anything else is refused.
/// </summary>
internal static class SvgVocabulary
{
    public const string SvgNamespace = "http://www.w3.org/2000/svg";
    public const string XlinkNamespace = "http://www.w3.org/1999/xlink";
    public const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    public const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    /// <summary>Elements, by their exact (case-sensitive) SVG names. No script, style, animation, image, foreignObject or feImage.</summary>
    public static readonly HashSet<string> Elements = new(StringComparer.Ordinal)
    {
        "svg", "g", "defs", "symbol", "use", "title", "desc", "metadata", "a",
        "path", "rect", "circle", "ellipse", "line", "polyline", "polygon",
        "text", "tspan", "textPath",
        "linearGradient", "radialGradient", "stop", "pattern", "clipPath", "mask", "marker",
        "filter", "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feConvolveMatrix",
        "feDiffuseLighting", "feDisplacementMap", "feDistantLight", "feDropShadow", "feFlood", "feFuncA", "feFuncB",
        "feFuncG", "feFuncR", "feGaussianBlur", "feMerge", "feMergeNode", "feMorphology", "feOffset", "fePointLight",
        "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence",
    };

    /// <summary>Presentation attributes (and the same names as CSS properties in a style attribute).</summary>
    public static readonly HashSet<string> Presentation = new(StringComparer.Ordinal)
    {
        "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity", "stroke-linecap",
        "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset", "opacity", "color", "display",
        "visibility", "clip-path", "clip-rule", "mask", "filter", "marker-start", "marker-mid", "marker-end",
        "font-family", "font-size", "font-weight", "font-style", "font-variant", "font-stretch", "font-size-adjust",
        "text-anchor", "dominant-baseline", "alignment-baseline", "baseline-shift", "letter-spacing", "word-spacing",
        "text-decoration", "writing-mode", "direction", "unicode-bidi", "stop-color", "stop-opacity", "flood-color",
        "flood-opacity", "lighting-color", "color-interpolation", "color-interpolation-filters", "color-rendering",
        "shape-rendering", "text-rendering", "image-rendering", "paint-order", "vector-effect", "overflow",
        "transform-origin", "mix-blend-mode", "isolation", "white-space", "enable-background",
    };

    /// <summary>Geometry and structure attributes, whatever the element (they load nothing, whatever their value).</summary>
    public static readonly HashSet<string> Geometry = new(StringComparer.Ordinal)
    {
        "id", "class", "transform", "d", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy", "fr",
        "width", "height", "points", "viewBox", "preserveAspectRatio", "version", "baseProfile", "pathLength",
        "dx", "dy", "rotate", "textLength", "lengthAdjust", "startOffset", "method", "spacing", "side", "offset",
        "gradientUnits", "gradientTransform", "spreadMethod", "patternUnits", "patternContentUnits", "patternTransform",
        "clipPathUnits", "maskUnits", "maskContentUnits", "markerUnits", "markerWidth", "markerHeight", "refX", "refY",
        "orient", "filterUnits", "primitiveUnits", "in", "in2", "result", "stdDeviation", "mode", "type", "values",
        "operator", "k1", "k2", "k3", "k4", "radius", "baseFrequency", "numOctaves", "seed", "stitchTiles", "scale",
        "xChannelSelector", "yChannelSelector", "tableValues", "slope", "intercept", "amplitude", "exponent", "order",
        "kernelMatrix", "divisor", "bias", "targetX", "targetY", "edgeMode", "kernelUnitLength", "preserveAlpha",
        "surfaceScale", "diffuseConstant", "specularConstant", "specularExponent", "azimuth", "elevation", "z",
        "pointsAtX", "pointsAtY", "pointsAtZ", "limitingConeAngle", "lang", "role", "aria-label", "aria-labelledby",
        "aria-describedby", "aria-hidden", "focusable",
    };

    /// <summary>CSS functions a presentation value may call; url() is allowed separately, and only as url(#id).</summary>
    public static readonly HashSet<string> CssFunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "rgb", "rgba", "hsl", "hsla", "matrix", "translate", "translatex", "translatey", "scale", "scalex", "scaley",
        "rotate", "skewx", "skewy",
    };
}
