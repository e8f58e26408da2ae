#include "query/MetricQuery.h"

#include <cctype>
#include <cstdlib>

namespace kunren {

namespace {

const char* const kAggregators[] = {"avg", "sum", "min", "max", "count", "p50", "p75", "p90", "p95", "p99"};

// A hand-written cursor parser: the grammar is small and errors must name a column.
class Cursor
{
public:
    Cursor(std::string_view text, MetricQueryError& error) : m_text(text), m_error(error) {}

    void skipSpace()
    {
        while (m_pos < m_text.size() && std::isspace(static_cast<unsigned char>(m_text[m_pos])))
            ++m_pos;
    }
    bool atEnd()
    {
        skipSpace();
        return m_pos >= m_text.size();
    }
    char peek()
    {
        skipSpace();
        return m_pos < m_text.size() ? m_text[m_pos] : '\0';
    }
    bool accept(char c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    bool acceptWord(std::string_view w)
    {
        skipSpace();
        if (m_text.substr(m_pos, w.size()) != w)
            return false;
        const std::size_t after = m_pos + w.size();
        if (after < m_text.size() && (std::isalnum(static_cast<unsigned char>(m_text[after])) || m_text[after] == '_'))
            return false;
        m_pos = after;
        return true;
    }
    bool fail(std::string message)
    {
        if (m_error.message.empty())
            m_error = {m_pos + 1, std::move(message)};
        return false;
    }
    bool expect(char c, const char* what) { return accept(c) || fail(std::string("expected ") + what); }
    // A metric or tag name: letters, digits and _ . - /
    std::string name()
    {
        skipSpace();
        const std::size_t start = m_pos;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '-' || c == '/')
                ++m_pos;
            else
                break;
        }
        // A trailing ".as_rate" belongs to the function call, not the name.
        return std::string(m_text.substr(start, m_pos - start));
    }
    // A tag value: quoted, or everything up to a separator.
    // Inside a metric's {scope} values may hold spaces ("operation:POST /orders"): only stops end them.
    bool value(std::string& out, std::string_view stops, bool spaces = false)
    {
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == '"') {
            const std::size_t start = ++m_pos;
            while (m_pos < m_text.size() && m_text[m_pos] != '"')
                ++m_pos;
            if (m_pos >= m_text.size()) {
                m_pos = start - 1;
                return fail("unterminated quoted value");
            }
            out = std::string(m_text.substr(start, m_pos - start));
            ++m_pos;
            return true;
        }
        const std::size_t start = m_pos;
        while (m_pos < m_text.size() && stops.find(m_text[m_pos]) == std::string_view::npos &&
               (spaces || !std::isspace(static_cast<unsigned char>(m_text[m_pos]))))
            ++m_pos;
        out = std::string(m_text.substr(start, m_pos - start));
        while (!out.empty() && std::isspace(static_cast<unsigned char>(out.back())))
            out.pop_back();
        return !out.empty() || fail("expected a value");
    }
    std::size_t pos() const { return m_pos; }
    void setPos(std::size_t p) { m_pos = p; }
    std::string_view rest() const { return m_text.substr(m_pos); }

private:
    std::string_view m_text;
    MetricQueryError& m_error;
    std::size_t m_pos = 0;
};

bool parseTerm(Cursor& c, ScopeTerm& term, std::string_view stops, bool spaces = false)
{
    term.negated = c.accept('!') || c.accept('-');
    const std::size_t start = c.pos();
    std::string first;
    if (!c.value(first, std::string(stops) + ":"))
        return false;
    if (c.peek() == ':') {
        c.accept(':');
        term.key = first;
        return c.value(term.value, stops, spaces);
    }
    (void)start;
    term.value = first;
    return true;
}

bool parseMetricTerm(Cursor& c, MetricTerm& t)
{
    const std::size_t start = c.pos();
    std::string word = c.name();
    if (c.peek() == ':') {
        bool known = false;
        for (const char* a : kAggregators)
            known = known || word == a;
        if (!known) {
            c.setPos(start);
            return c.fail("unknown aggregator '" + word + "' (avg, sum, min, max, count, p50, p75, p90, p95, p99)");
        }
        c.accept(':');
        t.aggregator = word;
        word = c.name();
    }
    // Function calls written after the name (.as_rate()) were swallowed by name(): split them off.
    for (const char* fn : {".as_rate", ".as_count"}) {
        const std::size_t at = word.rfind(fn);
        if (at != std::string::npos && at + std::string_view(fn).size() == word.size()) {
            c.setPos(c.pos() - (word.size() - at));
            word.resize(at);
        }
    }
    if (word.empty())
        return c.fail("expected a metric name");
    if (c.peek() == '(' && word.find('.') != std::string::npos) {
        // "metric.fn(...)": a function this syntax does not have (e.g. Prometheus' increase).
        const std::size_t dot = word.rfind('.');
        c.setPos(c.pos() - (word.size() - dot - 1));
        return c.fail("unknown function '" + word.substr(dot + 1) + "' (as_rate, as_count)");
    }
    t.metric = word;
    if (c.accept('{')) {
        if (c.accept('*'))
            ;
        else if (c.peek() != '}') {
            do {
                ScopeTerm term;
                if (!parseTerm(c, term, ",}", true))
                    return false;
                if (term.key.empty())
                    return c.fail("expected key:value in the scope");
                t.scope.push_back(std::move(term));
            } while (c.accept(','));
        }
        if (!c.expect('}', "'}' to close the scope"))
            return false;
    }
    for (;;) {
        if (c.acceptWord("by")) {
            if (!c.expect('{', "'{' after by"))
                return false;
            do {
                const std::string tag = c.name();
                if (tag.empty())
                    return c.fail("expected a tag name to group by");
                t.groupBy.push_back(tag);
            } while (c.accept(','));
            if (!c.expect('}', "'}' to close the group-by list"))
                return false;
            continue;
        }
        if (c.accept('.')) {
            const std::string fn = c.name();
            if (fn != "as_rate" && fn != "as_count")
                return c.fail("unknown function '" + fn + "' (as_rate, as_count)");
            if (!c.expect('(', "'('") || !c.expect(')', "')'"))
                return false;
            t.asRate = fn == "as_rate";
            continue;
        }
        return true;
    }
}

bool parseRatio(Cursor& c, MetricQuery& q)
{
    if (!parseMetricTerm(c, q.numerator))
        return false;
    if (c.accept('/')) {
        MetricTerm d;
        if (!parseMetricTerm(c, d))
            return false;
        q.denominator = std::move(d);
    }
    return true;
}

} // namespace

std::optional<MetricQuery> parseMetricQuery(std::string_view text, MetricQueryError& error)
{
    error = {};
    Cursor c(text, error);
    MetricQuery q;
    if (c.acceptWord("anomalies")) {
        if (!c.expect('(', "'(' after anomalies") || !parseRatio(c, q) || !c.expect(',', "',' and an algorithm"))
            return std::nullopt;
        const char quote = c.peek();
        if (quote != '\'' && quote != '"') {
            c.fail("expected the algorithm in quotes: 'basic', 'agile' or 'robust'");
            return std::nullopt;
        }
        c.accept(quote);
        const std::size_t at = c.pos();
        q.anomalyAlgorithm = c.name();
        if (q.anomalyAlgorithm != "basic" && q.anomalyAlgorithm != "agile" && q.anomalyAlgorithm != "robust") {
            c.setPos(at);
            c.fail("unknown anomaly algorithm '" + q.anomalyAlgorithm + "' (basic, agile, robust)");
            return std::nullopt;
        }
        if (!c.expect(quote, "the closing quote") || !c.expect(',', "',' and the bounds"))
            return std::nullopt;
        c.skipSpace();
        const std::string rest(c.rest());
        char* end = nullptr;
        q.anomalyBounds = std::strtod(rest.c_str(), &end);
        if (end == rest.c_str() || !(q.anomalyBounds > 0)) {
            c.fail("expected the bounds, a positive number of deviations (2 or 3 are typical)");
            return std::nullopt;
        }
        c.setPos(c.pos() + static_cast<std::size_t>(end - rest.c_str()));
        if (!c.expect(')', "')' to close anomalies("))
            return std::nullopt;
    } else if (!parseRatio(c, q)) {
        return std::nullopt;
    }
    if (!c.atEnd()) {
        c.fail("unexpected text after the query");
        return std::nullopt;
    }
    return q;
}

std::optional<std::vector<ScopeTerm>> parseScope(std::string_view text, MetricQueryError& error)
{
    error = {};
    Cursor c(text, error);
    std::vector<ScopeTerm> out;
    while (!c.atEnd()) {
        ScopeTerm t;
        if (!parseTerm(c, t, ","))
            return std::nullopt;
        out.push_back(std::move(t));
        c.accept(',');
    }
    return out;
}

std::string scopeValue(const std::vector<ScopeTerm>& scope, std::string_view key)
{
    for (const ScopeTerm& t : scope)
        if (!t.negated && t.key == key)
            return t.value;
    return {};
}

std::string toString(const MetricTerm& t)
{
    std::string s = t.aggregator + ":" + t.metric;
    if (!t.scope.empty()) {
        s += '{';
        for (std::size_t i = 0; i < t.scope.size(); ++i)
            s += (i ? "," : "") + std::string(t.scope[i].negated ? "!" : "") + t.scope[i].key + ":" + t.scope[i].value;
        s += '}';
    }
    if (!t.groupBy.empty()) {
        s += " by {";
        for (std::size_t i = 0; i < t.groupBy.size(); ++i)
            s += (i ? "," : "") + t.groupBy[i];
        s += '}';
    }
    if (t.asRate)
        s += ".as_rate()";
    return s;
}

} // namespace kunren
