#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace kunren {

// Where each value of a JSON text starts, by JSON pointer. nlohmann/json keeps no positions, so this
// re-scans text that nlohmann already accepted (it is not a validating parser: on anything else it stops).
class JsonPositions
{
public:
    struct Position
    {
        int line = 0;    // 1-based
        int column = 0;  // 1-based, in UTF-8 code points
        int keyLine = 0; // object members: where the key starts; else the value's position
        int keyColumn = 0;
    };

    // Records every value of `text`, or only those whose pointers are in `only` (keeps memory small
    // for big documents when just a few positions are needed).
    explicit JsonPositions(std::string_view text, const std::unordered_set<std::string>* only = nullptr);

    // The position of `pointer`, or of its nearest recorded ancestor; nullptr when nothing matches.
    const Position* find(std::string_view pointer) const;
    std::size_t size() const { return m_positions.size(); }

private:
    class Scanner;
    std::unordered_map<std::string, Position> m_positions;
};

} // namespace kunren
