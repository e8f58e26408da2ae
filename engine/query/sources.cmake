# Sources of engine/query (see docs/ARCHITECTURE.md): search syntax → AST → compiled filters → results.
target_sources(kunren_engine PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/InlineIdText.h
    ${CMAKE_CURRENT_LIST_DIR}/InlineIdText.cpp
    ${CMAKE_CURRENT_LIST_DIR}/QueryAst.h
    ${CMAKE_CURRENT_LIST_DIR}/QueryAst.cpp
    ${CMAKE_CURRENT_LIST_DIR}/QueryError.h
    ${CMAKE_CURRENT_LIST_DIR}/QueryLexer.h
    ${CMAKE_CURRENT_LIST_DIR}/QueryLexer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/QueryParser.h
    ${CMAKE_CURRENT_LIST_DIR}/QueryParser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/QueryOptions.h
    ${CMAKE_CURRENT_LIST_DIR}/QueryFields.h
    ${CMAKE_CURRENT_LIST_DIR}/QueryFields.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TextMatch.h
    ${CMAKE_CURRENT_LIST_DIR}/TextMatch.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MaskPlan.h
    ${CMAKE_CURRENT_LIST_DIR}/FilterParts.h
    ${CMAKE_CURRENT_LIST_DIR}/FilterParts.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LogFilter.h
    ${CMAKE_CURRENT_LIST_DIR}/LogFilter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SpanFilter.h
    ${CMAKE_CURRENT_LIST_DIR}/SpanFilter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Dimension.h
    ${CMAKE_CURRENT_LIST_DIR}/Dimension.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Search.h
    ${CMAKE_CURRENT_LIST_DIR}/Search.cpp)
