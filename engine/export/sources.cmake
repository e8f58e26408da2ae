# Streaming OTLP/JSON export.
target_sources(kunren_${KUNREN_LAYER} PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ByteSink.h
    ${CMAKE_CURRENT_LIST_DIR}/ByteSink.cpp
    ${CMAKE_CURRENT_LIST_DIR}/JsonEscape.h
    ${CMAKE_CURRENT_LIST_DIR}/JsonEscape.cpp
    ${CMAKE_CURRENT_LIST_DIR}/JsonOut.h
    ${CMAKE_CURRENT_LIST_DIR}/JsonOut.cpp
    ${CMAKE_CURRENT_LIST_DIR}/OtlpAttributeText.h
    ${CMAKE_CURRENT_LIST_DIR}/OtlpSemantics.h
    ${CMAKE_CURRENT_LIST_DIR}/OtlpSemantics.cpp
    ${CMAKE_CURRENT_LIST_DIR}/OtlpFragments.h
    ${CMAKE_CURRENT_LIST_DIR}/OtlpFragments.cpp
    ${CMAKE_CURRENT_LIST_DIR}/OtlpJsonWriter.h
    ${CMAKE_CURRENT_LIST_DIR}/OtlpJsonWriter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/OtlpTraceExport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/OtlpLogExport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/OtlpMetricExport.cpp)
# summary.json of a run.
target_sources(kunren_${KUNREN_LAYER} PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/RunSummary.h
    ${CMAKE_CURRENT_LIST_DIR}/RunSummary.cpp)
