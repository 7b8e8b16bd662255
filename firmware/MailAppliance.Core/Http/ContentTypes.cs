namespace MailAppliance.Core.Http
{
    /// <summary>Content-Type by file extension (RFC 9110 §8.3), for what a lab's site holds.</summary>
    internal static class ContentTypes
    {
        /// <summary>The media type for <paramref name="name"/>; application/octet-stream when the extension is not known.</summary>
        public static string Of(string name)
        {
            int dot = name.LastIndexOf('.');
            switch (dot < 0 ? "" : name.Substring(dot + 1).ToLower())
            {
                case "html":
                case "htm":
                    return "text/html; charset=utf-8";
                case "css":
                    return "text/css; charset=utf-8";
                case "js":
                    return "text/javascript; charset=utf-8";
                case "txt":
                    return "text/plain; charset=utf-8";
                case "png":
                    return "image/png";
                case "jpg":
                case "jpeg":
                    return "image/jpeg";
                case "gif":
                    return "image/gif";
                case "svg":
                    return "image/svg+xml";
                case "ico":
                    return "image/x-icon";
                case "pdf":
                    return "application/pdf";
                case "json":
                    return "application/json";
                default:
                    return "application/octet-stream";
            }
        }
    }
}
