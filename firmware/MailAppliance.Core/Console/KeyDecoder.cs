namespace MailAppliance.Core.Console
{
    /// <summary>
    /// Turns the bytes a terminal sends into keys: a byte is itself, and the escape sequences of
    /// the arrow, Home, End and Delete keys (VT100/xterm: ESC [ A, ESC O A, ESC [ 1 ~, ESC [ 3 ~ ...)
    /// become one of the negative key codes here. Other sequences are swallowed whole, so a
    /// function key types nothing.
    /// </summary>
    internal sealed class KeyDecoder
    {
        public const int None = -100;
        public const int Up = -1;
        public const int Down = -2;
        public const int Right = -3;
        public const int Left = -4;
        public const int Home = -5;
        public const int End = -6;
        public const int Delete = -7;

        private const byte Escape = 27;

        // 0: text; 1: after ESC; 2: in ESC [ or ESC O, collecting a number until the final byte.
        private int _state;
        private int _number;

        /// <summary>The key <paramref name="b"/> completes, or <see cref="None"/> inside a sequence.</summary>
        public int Next(byte b)
        {
            switch (_state)
            {
                case 0:
                    if (b == Escape)
                    {
                        _state = 1;
                        return None;
                    }
                    return b;
                case 1:
                    if (b == (byte)'[' || b == (byte)'O')
                    {
                        _state = 2;
                        _number = 0;
                        return None;
                    }
                    _state = 0;
                    return None;
                default:
                    if (b >= (byte)'0' && b <= (byte)'9')
                    {
                        _number = _number * 10 + (b - '0');
                        return None;
                    }
                    if (b == (byte)';')
                    {
                        return None;
                    }
                    _state = 0;
                    return Final(b, _number);
            }
        }

        // ECMA-48 final bytes for the cursor keys; "~" sequences by their number (VT220 keypad).
        private static int Final(byte b, int number)
        {
            switch ((char)b)
            {
                case 'A': return Up;
                case 'B': return Down;
                case 'C': return Right;
                case 'D': return Left;
                case 'H': return Home;
                case 'F': return End;
                case '~':
                    switch (number)
                    {
                        case 1:
                        case 7: return Home;
                        case 4:
                        case 8: return End;
                        case 3: return Delete;
                    }
                    return None;
            }
            return None;
        }
    }
}
