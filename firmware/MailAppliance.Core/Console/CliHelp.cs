namespace MailAppliance.Core.Console
{
    /// <summary>
    /// IOS's "?": the words that may come next where the cursor is (or the ones starting with
    /// what is typed), each with its help text, and &lt;cr&gt; when the line is already a command.
    /// </summary>
    internal static class CliHelp
    {
        /// <summary>The help lines for <paramref name="line"/> (without "no") in the mode whose tree is <paramref name="root"/>.</summary>
        public static string For(CliNode root, string line)
        {
            int lastSpace = line.LastIndexOf(' ');
            bool atNewWord = line.Length == 0 || line[line.Length - 1] == ' ';
            string complete = atNewWord ? line : (lastSpace < 0 ? "" : line.Substring(0, lastSpace));
            string partial = atNewWord ? "" : line.Substring(lastSpace + 1).ToLower();
            CliParse parse = CliParse.Match(root, complete);
            if (parse.Result == CliParse.Invalid || parse.Result == CliParse.Ambiguous)
            {
                return "% Unrecognized command" + CliText.NewLine;
            }
            var lines = new TextLines();
            CliNode node = parse.Node;
            if (node.Kind == CliNode.Line)
            {
                lines.Add("  LINE    " + node.Help);
            }
            for (int i = 0; i < node.Children.Length; i++)
            {
                CliNode child = node.Children[i];
                bool shown = child.Kind == CliNode.Keyword ? child.Text.StartsWith(partial) : partial.Length == 0;
                if (shown)
                {
                    lines.Add("  " + CliText.Pad(child.Text, 20) + child.Help);
                }
            }
            if (node.Action != 0 && partial.Length == 0)
            {
                lines.Add("  <cr>");
            }
            if (lines.Count == 0)
            {
                return "% Unrecognized command" + CliText.NewLine;
            }
            return lines.ToString();
        }
    }
}
