using MailAppliance.Core.Text;

namespace MailAppliance.Core.Console
{
    /// <summary>
    /// A command line matched against a mode's tree, IOS style: every keyword may be cut to
    /// any unambiguous prefix ("sh ip dhcp bin"); an exact keyword wins over longer ones.
    /// </summary>
    internal sealed class CliParse
    {
        public const int Ok = 0;
        public const int Invalid = 1;
        public const int Incomplete = 2;
        public const int Ambiguous = 3;

        /// <summary>Ok, Invalid, Incomplete or Ambiguous.</summary>
        public int Result { get; private set; }

        /// <summary>Where in the line the word that failed starts (for the '^' marker).</summary>
        public int ErrorOffset { get; private set; }

        /// <summary>The command, when <see cref="Result"/> is Ok.</summary>
        public int Action { get; private set; }

        /// <summary>The words as matched: keywords spelled out in full, parameters as typed.</summary>
        public string[] Words { get; private set; } = new string[0];

        /// <summary>The node the last word matched (the root for an empty line).</summary>
        public CliNode Node { get; private set; }

        /// <summary>Matches <paramref name="line"/> against <paramref name="root"/>.</summary>
        public static CliParse Match(CliNode root, string line)
        {
            var parse = new CliParse { Node = root };
            var words = StringArrays.New(64);
            int count = 0;
            int at = 0;
            CliNode node = root;
            while (true)
            {
                while (at < line.Length && line[at] == ' ')
                {
                    at++;
                }
                if (at >= line.Length)
                {
                    break;
                }
                int end = line.IndexOf(' ', at);
                if (end < 0)
                {
                    end = line.Length;
                }
                string word = line.Substring(at, end - at);
                CliNode next = Step(node, word, parse, at);
                if (next == null)
                {
                    return parse;
                }
                if (next.Kind == CliNode.Line)
                {
                    word = line.Substring(at).TrimEnd(' ');
                    end = line.Length;
                }
                if (count < words.Length)
                {
                    words[count++] = next.Kind == CliNode.Keyword ? next.Text : word;
                }
                node = next;
                at = end;
            }
            parse.Node = node;
            parse.Words = StringArrays.Resize(words, count);
            if (node.Action == 0)
            {
                parse.Result = node == root ? Ok : Incomplete;
                return parse;
            }
            parse.Action = node.Action;
            return parse;
        }

        // The child a word leads to, or null with the error recorded.
        private static CliNode Step(CliNode node, string word, CliParse parse, int offset)
        {
            CliNode found = null;
            int matches = 0;
            string lower = word.ToLower();
            for (int i = 0; i < node.Children.Length; i++)
            {
                CliNode child = node.Children[i];
                if (child.Kind != CliNode.Keyword)
                {
                    continue;
                }
                if (child.Text == lower)
                {
                    return child;
                }
                if (child.Text.StartsWith(lower))
                {
                    found = child;
                    matches++;
                }
            }
            if (matches == 1)
            {
                return found;
            }
            if (matches > 1)
            {
                parse.Result = Ambiguous;
                parse.ErrorOffset = offset;
                return null;
            }
            for (int i = 0; i < node.Children.Length; i++)
            {
                if (node.Children[i].Kind != CliNode.Keyword && node.Children[i].Accepts(word))
                {
                    return node.Children[i];
                }
            }
            parse.Result = Invalid;
            parse.ErrorOffset = offset;
            return null;
        }
    }
}
