#include "scenario/TextFile.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <system_error>

namespace kunren {

TextFile readTextFile(const std::filesystem::path& path, std::size_t maxBytes)
{
    namespace fs = std::filesystem;
    TextFile out;
    try {
        std::error_code ec;
        const fs::file_status status = fs::status(path, ec);
        if (ec || !fs::exists(status)) {
            out.error = ec && ec != std::errc::no_such_file_or_directory ? "cannot read: " + ec.message()
                                                                         : "no such file";
            return out;
        }
        if (fs::is_directory(status)) {
            out.error = "is a directory, not a file";
            return out;
        }
        if (fs::is_regular_file(status)) {
            const auto size = fs::file_size(path, ec);
            if (!ec && size > maxBytes) {
                out.error = "file is too large (" + std::to_string(size >> 20) + " MiB; the limit is " +
                            std::to_string(maxBytes >> 20) + " MiB)";
                return out;
            }
        }
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            out.error = std::string("cannot open: ") + std::strerror(errno);
            return out;
        }
        std::string text;
        char buffer[1 << 16];
        while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
            text.append(buffer, static_cast<std::size_t>(in.gcount()));
            if (text.size() > maxBytes) { // a pipe or device that keeps producing
                out.error = "file is too large (the limit is " + std::to_string(maxBytes >> 20) + " MiB)";
                return out;
            }
        }
        if (in.bad()) {
            out.error = "read error";
            return out;
        }
        out.text = std::move(text);
    } catch (const std::exception& ex) {
        out.error = std::string("cannot read: ") + ex.what();
    }
    return out;
}

} // namespace kunren
