# OpenTelemetry semantic conventions: the one model of every record's attributes (see docs/ARCHITECTURE.md).
target_sources(kunren_${KUNREN_LAYER} PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Attribute.h
    ${CMAKE_CURRENT_LIST_DIR}/AttributeKeys.h
    ${CMAKE_CURRENT_LIST_DIR}/AttributeKeys.cpp
    ${CMAKE_CURRENT_LIST_DIR}/OperationAttributes.h
    ${CMAKE_CURRENT_LIST_DIR}/OperationAttributes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SpanOutcome.h
    ${CMAKE_CURRENT_LIST_DIR}/SpanOutcome.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ResourceAttributes.h
    ${CMAKE_CURRENT_LIST_DIR}/ResourceAttributes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RecordAttributes.h
    ${CMAKE_CURRENT_LIST_DIR}/RecordAttributes.cpp)
