namespace MailAppliance.Core.Console
{
    /// <summary>
    /// IOS's "?" and Tab. After a blank, "?" lists the words that may come next, each with its
    /// help text, and &lt;cr&gt; when the line is already a command; after part of a word it lists
    /// only the keywords that word may become, on one line. Tab completes a word that only one
    /// keyword fits.
    /// </summary>
    internal static class CliHelp
    {
        /// <summary>The help for <paramref name="line"/> (without "no") in the mode whose tree is <paramref name="root"/>.</summary>
        public static string For(CliNode root, string line)
        {
            string partial;
            CliNode node = Before(root, line, out partial);
            if (node == null)
            {
                return Unrecognized();
            }
            return partial.Length > 0 ? Keywords(node, partial) : Next(node);
        }

        /// <summary>The line with its last, partial word spelled out and a blank after it, or null when no single keyword fits.</summary>
        public static string Complete(CliNode root, string line)
        {
            string partial;
            CliNode node = Before(root, line, out partial);
            if (node == null || partial.Length == 0)
            {
                return null;
            }
            CliNode found = null;
            for (int i = 0; i < node.Children.Length; i++)
            {
                CliNode child = node.Children[i];
                if (child.Kind == CliNode.Keyword && child.Text.StartsWith(partial))
                {
                    if (child.Text == partial)
                    {
                        found = child;
                        break;
                    }
                    if (found != null)
                    {
                        return null;
                    }
                    found = child;
                }
            }
            return found == null ? null : line.Substring(0, line.Length - partial.Length) + found.Text + " ";
        }

        // The node the complete words lead to (null when they lead nowhere), and the partial last word.
        private static CliNode Before(CliNode root, string line, out string partial)
        {
            int lastSpace = line.LastIndexOf(' ');
            bool atNewWord = line.Length == 0 || line[line.Length - 1] == ' ';
            string complete = atNewWord ? line : (lastSpace < 0 ? "" : line.Substring(0, lastSpace));
            partial = atNewWord ? "" : line.Substring(lastSpace + 1).ToLower();
            CliParse parse = CliParse.Match(root, complete);
            return parse.Result == CliParse.Invalid || parse.Result == CliParse.Ambiguous ? null : parse.Node;
        }

        // "show  shutdown": the keywords a partial word may become, in IOS's alphabetical order.
        private static string Keywords(CliNode node, string partial)
        {
            string[] words = Text.StringArrays.New(node.Children.Length);
            int count = 0;
            for (int i = 0; i < node.Children.Length; i++)
            {
                CliNode child = node.Children[i];
                if (child.Kind == CliNode.Keyword && child.Text.StartsWith(partial))
                {
                    words[count++] = child.Text;
                }
            }
            if (count == 0)
            {
                return Unrecognized();
            }
            Text.StringSort.Sort(words, count);
            string line = "";
            for (int i = 0; i < count; i++)
            {
                line += words[i] + "  ";
            }
            return line + CliText.NewLine;
        }

        // One line per word that may come next, with its help, in IOS's alphabetical order.
        private static string Next(CliNode node)
        {
            string[] items = Text.StringArrays.New(node.Children.Length);
            for (int i = 0; i < node.Children.Length; i++)
            {
                CliNode child = node.Children[i];
                items[i] = "  " + CliText.Pad(child.Text, 20) + child.Help;
            }
            Text.StringSort.Sort(items, items.Length);
            var lines = new TextLines();
            if (node.Kind == CliNode.Line)
            {
                lines.Add("  LINE    " + node.Help);
            }
            lines.AddAll(items);
            if (node.Action != 0 && !node.NoFormOnly)
            {
                lines.Add("  <cr>");
            }
            return lines.Count == 0 ? Unrecognized() : lines.ToString();
        }

        private static string Unrecognized()
        {
            return "% Unrecognized command" + CliText.NewLine;
        }
    }
}
