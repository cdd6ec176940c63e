#pragma once

#include <optional>
#include <utility>

namespace ccas {

// A value read from an API answer keeps the difference the API makes between
//  - Absent: the key is not in the answer (outside the token's scopes, "hors habilitation"),
//  - Null:   the key is there with null (the provider has no value),
//  - Present: a value.
template <typename T>
class ApiValue
{
public:
    enum class State
    {
        Absent,
        Null,
        Present
    };

    ApiValue() = default;
    static ApiValue absent() { return ApiValue(); }
    static ApiValue null()
    {
        ApiValue v;
        v.m_state = State::Null;
        return v;
    }
    static ApiValue of(T value)
    {
        ApiValue v;
        v.m_state = State::Present;
        v.m_value = std::move(value);
        return v;
    }

    State state() const { return m_state; }
    bool isAbsent() const { return m_state == State::Absent; }
    bool isNull() const { return m_state == State::Null; }
    bool isPresent() const { return m_state == State::Present; }
    const T& value() const { return *m_value; }
    T valueOr(T fallback) const { return isPresent() ? *m_value : std::move(fallback); }

    bool operator==(const ApiValue& o) const { return m_state == o.m_state && m_value == o.m_value; }
    bool operator!=(const ApiValue& o) const { return !(*this == o); }

private:
    State m_state = State::Absent;
    std::optional<T> m_value;
};

} // namespace ccas
