using MailAppliance.Core.Tests.Portable;
using MailAppliance.Core.Text;

namespace MailAppliance.Core.Tests.Text
{
    /// <summary>The board file's JSON reader (RFC 8259), on .NET and on nanoCLR alike.</summary>
    public static class JsonObjectCases
    {
        private const string Board = "{ \"Name\": \"olimex-esp32-poe\", \"PsRam\": false, \"Network\": { \"Kind\": \"Ethernet\", \"PhyAddress\": 0, \"RmiiPins\": [19, 21, 22, 25, 26, 27] },"
            + " \"SdCard\": { \"Drive\": \"D:\\\\\", \"SpiBus\": -1, \"Data\": [2] }, \"Led\": { \"Pin\": 33, \"ActiveHigh\": true },"
            + " \"Notes\": \"a \\\"quote\\\", a tab\\t, \\u00e9\\/\", \"Nothing\": null }";

        public static void ReadsABoardFile()
        {
            JsonObject json;
            string error;
            Expect.True(JsonObject.TryParse(Board, out json, out error), "parses: " + error);
            Expect.Equal("olimex-esp32-poe", json.Text("Name"), "a string");
            Expect.True(!json.Flag("PsRam") && json.Object("Led").Flag("ActiveHigh"), "false and true");
            Expect.Equal(33, json.Object("Led").Number("Pin", 0), "a number");
            Expect.Equal(-1, json.Object("SdCard").Number("SpiBus", 0), "a negative number");
            Expect.Equal("D:\\", json.Object("SdCard").Text("Drive"), "an escaped backslash");
            int[] pins = json.Object("Network").Integers("RmiiPins");
            Expect.Equal(6, pins.Length, "the pins");
            Expect.Equal(27, pins[5], "the last pin");
            Expect.Equal("a \"quote\", a tab\t, \u00e9/", json.Text("Notes"), "escapes");
            Expect.True(json.Has("Nothing") && json.Text("Nothing") == null, "null is a key without a value");
            Expect.Equal(7, json.Number("Missing", 7), "a missing key gives the fallback");
            Expect.True(json.Object("Name") == null && json.Integers("Name") == null, "a key of another kind gives nothing");
        }

        /// <summary>Each bad file is refused with a reason that says where; none throws.</summary>
        public static byte[] RefusesBrokenFiles()
        {
            var said = new Transcript();
            foreach (string bad in new string[]
            {
                "", "[1, 2]", "{", "{\"a\": }", "{\"a\" 1}", "{\"a\": 1,}", "{\"a\": 1} x", "{a: 1}", "{\"a\": \"open}",
                "{\"a\": 1.5}", "{\"a\": 1e3}", "{\"a\": \"\\q\"}", "{\"a\": \"\\u12\"}", "{\"a\": tru}", "{\"a\": [1, }",
                "{\"a\": {\"b\": {\"c\": {\"d\": {\"e\": {\"f\": {\"g\": {\"h\": {\"i\": 1}}}}}}}}}", "{\"a\": \"line\nbreak\"}",
            })
            {
                JsonObject json;
                string error;
                bool parsed = JsonObject.TryParse(bad, out json, out error);
                Expect.True(!parsed && json == null && error != null && error.Length > 0, "refused with a reason: " + bad);
                said.Text(error + "\n");
            }
            return said.ToArray();
        }
    }
}
