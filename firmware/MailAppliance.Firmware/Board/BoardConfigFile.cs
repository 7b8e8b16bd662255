using System.IO;
using nanoFramework.Json;

namespace MailAppliance.Firmware.Board
{
    /// <summary>Reads the board file flash.ps1 put on internal flash.</summary>
    public static class BoardConfigFile
    {
        /// <summary>Internal flash (SPIFFS) is I:; names there stay under 32 characters.</summary>
        public const string Path = "I:\\board.json";

        /// <summary>The board file, or null (with the reason) when it is missing or not a board file.</summary>
        public static BoardConfig Read(out string error)
        {
            error = null;
            try
            {
                var board = (BoardConfig)JsonConvert.DeserializeObject(File.ReadAllText(Path), typeof(BoardConfig));
                if (board == null || board.Network == null || board.Console == null || board.SdCard == null || board.Led == null || board.Address == null)
                {
                    error = Path + " lacks a section (Network, SdCard, Console, Led, Address); redeploy it with flash.ps1 -SkipRuntime";
                    return null;
                }
                return board;
            }
            catch (System.Exception e)
            {
                error = "cannot read " + Path + " (" + e.Message + "); deploy it with flash.ps1";
                return null;
            }
        }
    }
}
