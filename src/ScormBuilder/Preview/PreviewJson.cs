using System.Text.Json;
using System.Text.Json.Serialization;

namespace ScormBuilder.Cli.Preview;

/// <summary>
/// The preview's JSON, generated at compile time: the native (AOT) tool cannot serialise by reflection.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(PreviewStatus))]
internal sealed partial class PreviewJson : JsonSerializerContext;
