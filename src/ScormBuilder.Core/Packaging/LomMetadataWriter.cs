using System.Text;
using System.Xml;
using ScormBuilder.Model;

namespace ScormBuilder.Packaging;

/// <summary>
/// The manifest's IMS LOM metadata (imsmd_rootv1p2p1): the course's title, language, description, keywords, version, status
/// and contributors (its authors, and the reviews course.yaml records), its audience, licence and competences, for
/// catalogues that read it.
/// </summary>
internal static class LomMetadataWriter
{
    public const string Namespace = "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1";
    private const string Vocabulary = "LOMv1.0";
    private const string NoLanguage = "x-none";

    public static void Write(XmlWriter xml, Course course)
    {
        xml.WriteStartElement("imsmd", "lom", Namespace);
        xml.WriteStartElement("general", Namespace);
        WriteText(xml, "title", course.Title, course.Language);
        xml.WriteElementString("language", Namespace, course.Language);
        if (course.Description.Length > 0)
        {
            WriteText(xml, "description", course.Description, course.Language);
        }

        foreach (var keyword in course.Keywords)
        {
            WriteText(xml, "keyword", keyword, course.Language);
        }

        xml.WriteEndElement();

        xml.WriteStartElement("lifecycle", Namespace);
        WriteText(xml, "version", course.Version, NoLanguage);
        var record = course.ReviewRecord;
        if (record.RequiredReviews.Count > 0)
        {
            // Final only once every role course.yaml requires has reviewed this version; a course that requires
            // none states no status, rather than one the tool would have to invent.
            WriteVocabulary(xml, "status", record.PendingFor(course.Version).Any() ? "Draft" : "Final");
        }

        foreach (var author in course.Authors)
        {
            WriteContribution(xml, "Author", author, note: null, date: null);
        }

        foreach (var review in record.Reviews)
        {
            WriteContribution(xml, RoleOf(review), review.By, $"{review.Role} review of version {review.Version}", review.Date);
        }

        xml.WriteEndElement();
        WriteListing(xml, course);
        xml.WriteEndElement();
    }

    // LOM's slots for course.yaml's audience (educational), licence (rights) and competences (a classification whose
    // purpose is Competency); certificate has none. The order is the schema's: educational, rights, classification.
    private static void WriteListing(XmlWriter xml, Course course)
    {
        var listing = course.Listing;
        if (listing.Audience is { } audience)
        {
            xml.WriteStartElement("educational", Namespace);
            WriteText(xml, "description", audience, course.Language);
            xml.WriteEndElement();
        }

        if (listing.Licence is { } licence)
        {
            xml.WriteStartElement("rights", Namespace);
            WriteVocabulary(xml, "copyrightandotherrestrictions", "yes");
            WriteText(xml, "description", licence, course.Language);
            xml.WriteEndElement();
        }

        if (listing.Competences.Count > 0)
        {
            xml.WriteStartElement("classification", Namespace);
            WriteVocabulary(xml, "purpose", "Competency");
            foreach (var competence in listing.Competences)
            {
                WriteText(xml, "keyword", competence, course.Language);
            }

            xml.WriteEndElement();
        }
    }

    // LOM's role vocabulary has no 'clinical reviewer': an editorial review is an Editor's, any other a Validator's;
    // the vCard's note keeps the course's own word for it.
    private static string RoleOf(Review review) =>
        string.Equals(review.Role, "editorial", StringComparison.OrdinalIgnoreCase) ? "Editor" : "Validator";

    private static void WriteContribution(XmlWriter xml, string role, string who, string? note, DateOnly? date)
    {
        xml.WriteStartElement("contribute", Namespace);
        WriteVocabulary(xml, "role", role);
        xml.WriteStartElement("centity", Namespace);
        xml.WriteElementString("vcard", Namespace, VCard(who, note));
        xml.WriteEndElement();
        if (date is { } day)
        {
            xml.WriteStartElement("date", Namespace);
            xml.WriteElementString("datetime", Namespace, CourseDate.Write(day));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static string VCard(string name, string? note)
    {
        var card = new StringBuilder("BEGIN:VCARD\nVERSION:3.0\nFN:").Append(Escape(name)).Append("\nN:").Append(Escape(name)).Append(";;;;\n");
        if (note is not null)
        {
            card.Append("NOTE:").Append(Escape(note)).Append('\n');
        }

        return card.Append("END:VCARD").ToString();
    }

    // vCard 3.0 text values: a backslash, comma, semicolon or line break is escaped.
    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(",", "\\,", StringComparison.Ordinal)
            .Replace(";", "\\;", StringComparison.Ordinal).ReplaceLineEndings("\\n");

    private static void WriteVocabulary(XmlWriter xml, string element, string value)
    {
        xml.WriteStartElement(element, Namespace);
        WriteText(xml, "source", Vocabulary, NoLanguage);
        WriteText(xml, "value", value, NoLanguage);
        xml.WriteEndElement();
    }

    private static void WriteText(XmlWriter xml, string element, string text, string language)
    {
        xml.WriteStartElement(element, Namespace);
        xml.WriteStartElement("langstring", Namespace);
        xml.WriteAttributeString("xml", "lang", null, language);
        xml.WriteString(text);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }
}
