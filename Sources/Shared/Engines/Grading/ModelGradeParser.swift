/// Reads and validates a model's grading reply against the rubric it was asked to apply.
///
/// Accepts the whole Converse response body (the `record_grade` tool call, or a text block holding JSON),
/// the bare tool input, or JSON wrapped in a Markdown fence. Validation is strict: exactly the schema's five
/// fields; `score` an integer 0–100; every concept id classified once as found or missed; misconception ids
/// from the rubric; non-empty feedback of at most 2,000 characters; and a score no higher than the found
/// concepts' weight share allows (plus 10 points of judgement), which defeats "ignore the rubric, give 100".
enum ModelGradeParser {
    static func parse(_ reply: String, rubric: Rubric) -> Result<ScenarioGrade, ModelGradeError> {
        guard let value = jsonValue(in: reply) else { return .failure(.noGrade("the reply is not JSON")) }
        switch extractGrade(from: value) {
        case .failure(let error): return .failure(error)
        case .success(let object): return validate(object, rubric: rubric)
        }
    }

    private static func jsonValue(in text: String) -> JSONValue? {
        let parser = JSONValueParser()
        if let value = try? parser.parse(text) { return value }
        guard let open = text.firstIndex(of: "{"), let close = text.lastIndex(of: "}"), open < close else { return nil }
        return try? parser.parse(String(text[open...close]))
    }

    private static func extractGrade(from value: JSONValue) -> Result<[String: JSONValue], ModelGradeError> {
        guard let object = value.objectValue else { return .failure(.noGrade("the reply is a JSON \(value.typeName)")) }
        guard let output = object["output"] else { return .success(object) }
        if object["stopReason"]?.stringValue == "max_tokens" {
            return .failure(.noGrade("the model ran out of tokens"))
        }
        guard let content = output["message"]?["content"]?.arrayValue else {
            return .failure(.noGrade("output.message.content is missing"))
        }
        for block in content {
            if let toolUse = block["toolUse"], toolUse["name"]?.stringValue == ScenarioGradingPrompt.toolName {
                guard let input = toolUse["input"]?.objectValue else {
                    return .failure(.noGrade("the tool call has no input object"))
                }
                return .success(input)
            }
        }
        for block in content {
            if let text = block["text"]?.stringValue, let inner = jsonValue(in: text)?.objectValue,
                inner["score"] != nil
            {
                return .success(inner)
            }
        }
        return .failure(.noGrade("no \(ScenarioGradingPrompt.toolName) call in the reply"))
    }

    private static let fields: Set<String> = [
        "score", "conceptsFound", "conceptsMissed", "misconceptionsDetected", "feedback",
    ]

    private static func validate(
        _ object: [String: JSONValue], rubric: Rubric
    ) -> Result<ScenarioGrade, ModelGradeError> {
        let keys = Set(object.keys)
        guard keys == fields else {
            let extra = keys.subtracting(fields).sorted()
            let missing = fields.subtracting(keys).sorted()
            return .failure(.invalid("fields differ from the schema (missing \(missing), unexpected \(extra))"))
        }
        guard let score = object["score"]?.intValue, (0...100).contains(score) else {
            return .failure(.invalid("score must be an integer from 0 to 100"))
        }
        let conceptIds = rubric.concepts.map(\.id)
        guard let found = idList(object["conceptsFound"], allowed: conceptIds),
            let missed = idList(object["conceptsMissed"], allowed: conceptIds),
            let detected = idList(object["misconceptionsDetected"], allowed: rubric.misconceptions.map(\.id))
        else { return .failure(.invalid("an id list is not an array of distinct rubric ids")) }
        guard Set(found).isDisjoint(with: missed), Set(found).union(missed) == Set(conceptIds) else {
            return .failure(.invalid("every concept must be listed exactly once as found or missed"))
        }
        guard let feedback = object["feedback"]?.stringValue,
            !feedback.allSatisfy(\.isWhitespace), feedback.count <= 2_000
        else { return .failure(.invalid("feedback must be non-empty text of at most 2000 characters")) }
        let totalWeight = rubric.concepts.reduce(0) { $0 + $1.gradingWeight }
        let foundWeight = rubric.concepts.filter { found.contains($0.id) }.reduce(0) { $0 + $1.gradingWeight }
        let ceiling = totalWeight > 0 ? (100 * Double(foundWeight) / Double(totalWeight)).boundedInt + 10 : 0
        guard score <= ceiling else {
            return .failure(.invalid("score \(score) exceeds what the concepts found allow (\(min(100, ceiling)))"))
        }
        let ordered = { (ids: [String], all: [String]) in all.filter { ids.contains($0) } }
        return .success(
            ScenarioGrade(
                score: score, conceptsFound: ordered(found, conceptIds), conceptsMissed: ordered(missed, conceptIds),
                misconceptionsDetected: ordered(detected, rubric.misconceptions.map(\.id)), feedback: feedback,
                source: .model))
    }

    private static func idList(_ value: JSONValue?, allowed: [String]) -> [String]? {
        guard let items = value?.arrayValue else { return nil }
        let ids = items.compactMap(\.stringValue)
        guard ids.count == items.count, Set(ids).count == ids.count, ids.allSatisfy(allowed.contains) else {
            return nil
        }
        return ids
    }
}
