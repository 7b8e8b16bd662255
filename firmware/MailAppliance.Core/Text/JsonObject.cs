namespace MailAppliance.Core.Text
{
    /// <summary>
    /// A JSON object read from text (RFC 8259), for the board file: objects, arrays, strings with
    /// their escapes, integers, true, false and null. Fractions and exponents are refused — no
    /// board setting needs them. It replaces nanoFramework.Json on the board, whose assembly alone
    /// held 8 KB of the 96 KB heap from boot (measured on nanoCLR) to read one small file once.
    /// </summary>
    public sealed class JsonObject
    {
        private const int MaxDepth = 8;

        private readonly string[] _keys;
        private readonly object[] _values;

        private JsonObject(string[] keys, object[] values)
        {
            _keys = keys;
            _values = values;
        }

        /// <summary>The keys, in the order the text has them.</summary>
        public string[] Keys
        {
            get { return _keys; }
        }

        /// <summary>Parses <paramref name="text"/>, which must be one object; false with a reason (and where) otherwise.</summary>
        public static bool TryParse(string text, out JsonObject result, out string error)
        {
            var reader = new JsonReader(text);
            result = null;
            object value;
            if (!reader.TryValue(0, out value) || !reader.AtEnd())
            {
                error = reader.Error ?? "text after the object at character " + reader.Position.ToString();
                return false;
            }
            result = value as JsonObject;
            error = result == null ? "the text is not an object" : null;
            return result != null;
        }

        public bool Has(string key)
        {
            return IndexOf(key) >= 0;
        }

        /// <summary>The string at <paramref name="key"/>, or null when it is missing or not a string.</summary>
        public string Text(string key)
        {
            return Value(key) as string;
        }

        /// <summary>The integer at <paramref name="key"/>, or <paramref name="fallback"/>.</summary>
        public int Number(string key, int fallback)
        {
            object value = Value(key);
            return value is long ? (int)(long)value : fallback;
        }

        /// <summary>True only for a literal true at <paramref name="key"/>.</summary>
        public bool Flag(string key)
        {
            object value = Value(key);
            return value is bool && (bool)value;
        }

        /// <summary>The object at <paramref name="key"/>, or null.</summary>
        public JsonObject Object(string key)
        {
            return Value(key) as JsonObject;
        }

        /// <summary>The array of integers at <paramref name="key"/>, or null when it is missing or holds anything else.</summary>
        public int[] Integers(string key)
        {
            object[] items = Value(key) as object[];
            if (items == null)
            {
                return null;
            }
            var numbers = new int[items.Length];
            for (int i = 0; i < items.Length; i++)
            {
                if (!(items[i] is long))
                {
                    return null;
                }
                numbers[i] = (int)(long)items[i];
            }
            return numbers;
        }

        private object Value(string key)
        {
            int i = IndexOf(key);
            return i < 0 ? null : _values[i];
        }

        private int IndexOf(string key)
        {
            for (int i = 0; i < _keys.Length; i++)
            {
                if (_keys[i] == key)
                {
                    return i;
                }
            }
            return -1;
        }

        /// <summary>A recursive-descent reader over the text; the first problem stops it.</summary>
        private sealed class JsonReader
        {
            private readonly string _text;
            private int _at;

            public JsonReader(string text)
            {
                _text = text ?? "";
            }

            public string Error { get; private set; }

            public int Position
            {
                get { return _at; }
            }

            public bool AtEnd()
            {
                SkipSpace();
                return _at == _text.Length;
            }

            public bool TryValue(int depth, out object value)
            {
                value = null;
                SkipSpace();
                if (_at >= _text.Length)
                {
                    return Fail("the text ends where a value should be");
                }
                if (depth > MaxDepth)
                {
                    return Fail("more than " + MaxDepth.ToString() + " levels of nesting");
                }
                char c = _text[_at];
                if (c == '{')
                {
                    return TryObject(depth, out value);
                }
                if (c == '[')
                {
                    return TryArray(depth, out value);
                }
                if (c == '"')
                {
                    string text;
                    bool ok = TryString(out text);
                    value = text;
                    return ok;
                }
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    return TryNumber(out value);
                }
                if (Word("true"))
                {
                    value = true;
                    return true;
                }
                if (Word("false"))
                {
                    value = false;
                    return true;
                }
                if (Word("null"))
                {
                    return true;
                }
                return Fail("unexpected '" + c.ToString() + "'");
            }

            private bool TryObject(int depth, out object value)
            {
                value = null;
                _at++;
                var keys = new System.Collections.ArrayList();
                var values = new System.Collections.ArrayList();
                SkipSpace();
                if (Next('}'))
                {
                    value = new JsonObject(StringArrays.New(0), new object[0]);
                    return true;
                }
                while (true)
                {
                    SkipSpace();
                    string key;
                    if (_at >= _text.Length || _text[_at] != '"' || !TryString(out key))
                    {
                        return Error != null ? false : Fail("a key (a string) expected");
                    }
                    SkipSpace();
                    if (!Next(':'))
                    {
                        return Fail("':' expected after a key");
                    }
                    object item;
                    if (!TryValue(depth + 1, out item))
                    {
                        return false;
                    }
                    keys.Add(key);
                    values.Add(item);
                    SkipSpace();
                    if (Next('}'))
                    {
                        break;
                    }
                    if (!Next(','))
                    {
                        return Fail("',' or '}' expected");
                    }
                }
                var keyArray = StringArrays.New(keys.Count);
                keys.CopyTo(keyArray);
                value = new JsonObject(keyArray, values.ToArray());
                return true;
            }

            private bool TryArray(int depth, out object value)
            {
                value = null;
                _at++;
                var items = new System.Collections.ArrayList();
                SkipSpace();
                if (!Next(']'))
                {
                    while (true)
                    {
                        object item;
                        if (!TryValue(depth + 1, out item))
                        {
                            return false;
                        }
                        items.Add(item);
                        SkipSpace();
                        if (Next(']'))
                        {
                            break;
                        }
                        if (!Next(','))
                        {
                            return Fail("',' or ']' expected");
                        }
                    }
                }
                value = items.ToArray();
                return true;
            }

            // RFC 8259 §7: the two-character escapes and \uXXXX; raw control characters are refused.
            private bool TryString(out string text)
            {
                text = null;
                _at++;
                var chars = new char[_text.Length - _at];
                int n = 0;
                while (_at < _text.Length)
                {
                    char c = _text[_at++];
                    if (c == '"')
                    {
                        text = new string(chars, 0, n);
                        return true;
                    }
                    if (c < ' ')
                    {
                        return Fail("a control character inside a string");
                    }
                    if (c == '\\')
                    {
                        if (_at >= _text.Length)
                        {
                            break;
                        }
                        char e = _text[_at++];
                        switch (e)
                        {
                            case '"': c = '"'; break;
                            case '\\': c = '\\'; break;
                            case '/': c = '/'; break;
                            case 'b': c = '\b'; break;
                            case 'f': c = '\f'; break;
                            case 'n': c = '\n'; break;
                            case 'r': c = '\r'; break;
                            case 't': c = '\t'; break;
                            case 'u':
                                long code;
                                if (_at + 4 > _text.Length || !Numbers.TryParseHex(_text.Substring(_at, 4), out code))
                                {
                                    return Fail("a bad \\u escape");
                                }
                                c = (char)code;
                                _at += 4;
                                break;
                            default:
                                return Fail("an unknown escape \\" + e.ToString());
                        }
                    }
                    chars[n++] = c;
                }
                return Fail("a string without its closing quote");
            }

            private bool TryNumber(out object value)
            {
                value = null;
                int start = _at;
                if (_text[_at] == '-')
                {
                    _at++;
                }
                while (_at < _text.Length && _text[_at] >= '0' && _text[_at] <= '9')
                {
                    _at++;
                }
                if (_at < _text.Length && (_text[_at] == '.' || _text[_at] == 'e' || _text[_at] == 'E'))
                {
                    return Fail("only whole numbers are read");
                }
                string digits = _text.Substring(start, _at - start);
                bool negative = digits.StartsWith("-");
                long number;
                if (!Numbers.TryParse(negative ? digits.Substring(1) : digits, out number))
                {
                    return Fail("a bad number");
                }
                value = negative ? -number : number;
                return true;
            }

            private bool Word(string word)
            {
                if (_at + word.Length > _text.Length || _text.Substring(_at, word.Length) != word)
                {
                    return false;
                }
                _at += word.Length;
                return true;
            }

            private bool Next(char c)
            {
                if (_at < _text.Length && _text[_at] == c)
                {
                    _at++;
                    return true;
                }
                return false;
            }

            private void SkipSpace()
            {
                while (_at < _text.Length && (_text[_at] == ' ' || _text[_at] == '\t' || _text[_at] == '\r' || _text[_at] == '\n'))
                {
                    _at++;
                }
            }

            private bool Fail(string what)
            {
                if (Error == null)
                {
                    Error = what + " at character " + _at.ToString();
                }
                return false;
            }
        }
    }
}
