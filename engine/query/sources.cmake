# Sources of engine/query (see docs/ARCHITECTURE.md).
target_sources(kunren_engine PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/QueryAst.h
    ${CMAKE_CURRENT_LIST_DIR}/QueryAst.cpp
    ${CMAKE_CURRENT_LIST_DIR}/QueryError.h
    ${CMAKE_CURRENT_LIST_DIR}/QueryLexer.h
    ${CMAKE_CURRENT_LIST_DIR}/QueryLexer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/QueryParser.h
    ${CMAKE_CURRENT_LIST_DIR}/QueryParser.cpp)
