#pragma once

#include <span>
#include <string_view>

namespace toasoan::html::detail {

/// One HTML5 named character reference: the name as written after '&' (with its ';' when the name
/// requires one) and the one or two code points it stands for (`second` is 0 for one).
struct NamedEntity
{
    std::string_view name;
    char32_t first;
    char32_t second;
};

/// Every WHATWG named reference, sorted by name in byte order (generated: app/html/EntityTable.cpp).
std::span<const NamedEntity> namedEntities();

} // namespace toasoan::html::detail
