using MailAppliance.Core.Text;

namespace MailAppliance.Core.Console
{
    /// <summary>
    /// One word of a command grammar: a keyword, or a parameter of some kind. A node with an
    /// action ends a complete command; its children are what may follow.
    /// </summary>
    internal sealed class CliNode
    {
        public const int Keyword = 0;
        public const int Word = 1;
        public const int Line = 2;
        public const int Address = 3;
        public const int Number = 4;
        public const int Hex = 5;

        public CliNode(int kind, string text, string help)
        {
            Kind = kind;
            Text = text;
            Help = help;
        }

        /// <summary><see cref="Keyword"/> or the kind of parameter.</summary>
        public readonly int Kind;

        /// <summary>The keyword, or the parameter's name as '?' shows it (WORD, A.B.C.D, &lt;0-4294967295&gt;).</summary>
        public readonly string Text;

        public readonly string Help;

        /// <summary>The command that ends here (CliAction), 0 when the command is not complete here.</summary>
        public int Action { get; set; }

        public CliNode[] Children { get; private set; } = new CliNode[0];

        /// <summary>True when the command that ends here is complete only as a "no" form (no default-router).</summary>
        public bool NoFormOnly { get; set; }

        /// <summary>The child with this exact keyword or parameter text, or null.</summary>
        public CliNode Child(string text)
        {
            for (int i = 0; i < Children.Length; i++)
            {
                if (Children[i].Text == text)
                {
                    return Children[i];
                }
            }
            return null;
        }

        public CliNode Add(CliNode child)
        {
            var grown = new CliNode[Children.Length + 1];
            System.Array.Copy(Children, grown, Children.Length);
            grown[Children.Length] = child;
            Children = grown;
            return child;
        }

        /// <summary>True when a parameter node accepts the word as typed.</summary>
        public bool Accepts(string word)
        {
            switch (Kind)
            {
                case Word:
                case Line:
                    return word.Length > 0;
                case Address:
                    uint address;
                    return Ipv4.TryParse(word, out address);
                case Number:
                    long number;
                    return Numbers.TryParse(word, out number) && number <= 0xFFFFFFFFL;
                case Hex:
                    return DottedHex.TryParse(word) != null;
                default:
                    return false;
            }
        }
    }
}
