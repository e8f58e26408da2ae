#include "scenario/JsonPositions.h"

#include "scenario/ValidationIssue.h"

#include <nlohmann/json.hpp>

namespace kunren {

// A single pass over the text that tracks line and column incrementally (so long minified lines stay
// linear) and builds each value's JSON pointer as it descends.
class JsonPositions::Scanner
{
public:
    Scanner(std::string_view text, const std::unordered_set<std::string>* only, JsonPositions& out)
        : m_text(text),
          m_only(only),
          m_out(out)
    {
        if (m_text.starts_with("\xEF\xBB\xBF"))
            m_pos = 3;
    }

    void run()
    {
        std::string pointer;
        skipSpace();
        value(pointer, line(), column(), 0);
    }

private:
    static constexpr int kMaxDepth = 4096; // the text was depth-checked; this only guards misuse

    int line() const { return m_line; }
    int column() const { return m_column; }
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }

    void advance()
    {
        const auto c = static_cast<unsigned char>(m_text[m_pos++]);
        if (c == '\n') {
            ++m_line;
            m_column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++m_column;
        }
    }

    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            advance();
    }

    void record(const std::string& pointer, int valueLine, int valueColumn, int keyLine, int keyColumn)
    {
        if (m_only && !m_only->contains(pointer))
            return;
        m_out.m_positions.emplace(pointer, Position{valueLine, valueColumn, keyLine, keyColumn});
    }

    // Skips a string token; returns its decoded text when `decode` is set.
    std::string string(bool decode)
    {
        const std::size_t start = m_pos;
        bool escaped = false;
        advance(); // opening quote
        while (!atEnd() && peek() != '"') {
            if (peek() == '\\') {
                escaped = true;
                advance();
                if (atEnd())
                    break;
            }
            advance();
        }
        if (!atEnd())
            advance(); // closing quote
        if (!decode)
            return {};
        const std::string_view raw = m_text.substr(start, m_pos - start);
        if (!escaped)
            return std::string(raw.substr(1, raw.size() >= 2 ? raw.size() - 2 : 0));
        const auto parsed = nlohmann::json::parse(raw, nullptr, false);
        return parsed.is_string() ? parsed.get<std::string>() : std::string(raw);
    }

    void value(std::string& pointer, int keyLine, int keyColumn, int depth)
    {
        if (atEnd() || depth > kMaxDepth) {
            m_failed = true;
            return;
        }
        record(pointer, line(), column(), keyLine, keyColumn);
        const char c = peek();
        if (c == '{')
            object(pointer, depth);
        else if (c == '[')
            array(pointer, depth);
        else if (c == '"')
            string(false);
        else
            while (!atEnd() && std::string_view(",]} \t\r\n").find(peek()) == std::string_view::npos)
                advance(); // number or literal
    }

    void object(std::string& pointer, int depth)
    {
        advance(); // {
        skipSpace();
        while (!m_failed && !atEnd() && peek() != '}') {
            if (peek() != '"') {
                m_failed = true;
                return;
            }
            const int kl = line(), kc = column();
            const std::string key = string(true);
            skipSpace();
            if (peek() != ':') {
                m_failed = true;
                return;
            }
            advance();
            skipSpace();
            const std::size_t keep = pointer.size();
            pointer = childPointer(pointer, key);
            value(pointer, kl, kc, depth + 1);
            pointer.resize(keep);
            skipSpace();
            if (peek() == ',') {
                advance();
                skipSpace();
            }
        }
        if (!atEnd())
            advance(); // }
    }

    void array(std::string& pointer, int depth)
    {
        advance(); // [
        skipSpace();
        for (std::size_t index = 0; !m_failed && !atEnd() && peek() != ']'; ++index) {
            const std::size_t keep = pointer.size();
            pointer = childPointer(pointer, index);
            value(pointer, line(), column(), depth + 1);
            pointer.resize(keep);
            skipSpace();
            if (peek() == ',') {
                advance();
                skipSpace();
            }
        }
        if (!atEnd())
            advance(); // ]
    }

    std::string_view m_text;
    const std::unordered_set<std::string>* m_only;
    JsonPositions& m_out;
    std::size_t m_pos = 0;
    int m_line = 1;
    int m_column = 1;
    bool m_failed = false;
};

JsonPositions::JsonPositions(std::string_view text, const std::unordered_set<std::string>* only)
{
    Scanner(text, only, *this).run();
}

const JsonPositions::Position* JsonPositions::find(std::string_view pointer) const
{
    for (;;) {
        const auto it = m_positions.find(std::string(pointer));
        if (it != m_positions.end())
            return &it->second;
        if (pointer.empty())
            return nullptr;
        pointer = parentPointer(pointer);
    }
}

} // namespace kunren
