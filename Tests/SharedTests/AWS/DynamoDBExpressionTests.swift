import Testing

@testable import Shared

@Suite("DynamoDB expression builders")
struct DynamoDBExpressionTests {
    @Test func conditionsUsePlaceholdersForEveryNameAndValue() {
        var expression = DynamoDBExpression()
        let condition: DynamoDBCondition =
            (.attributeNotExists("user_id") || .equals("version", 3)) && !.beginsWith("status", "arch")
        let text = condition.render(into: &expression)
        #expect(text == "((attribute_not_exists(#n0)) OR (#n1 = :v0)) AND (NOT (begins_with(#n2, :v1)))")
        #expect(expression.names == ["#n0": "user_id", "#n1": "version", "#n2": "status"])
        #expect(expression.values == [":v0": .n("3"), ":v1": .s("arch")])
    }

    @Test(arguments: [
        (DynamoDBCondition.lessThan("a", 1), "#n0 < :v0"), (.lessThanOrEqual("a", 1), "#n0 <= :v0"),
        (.greaterThan("a", 1), "#n0 > :v0"), (.greaterThanOrEqual("a", 1), "#n0 >= :v0"),
        (.notEquals("a", 1), "#n0 <> :v0"),
        (.between("a", 1, 2), "#n0 BETWEEN :v0 AND :v1"), (.contains("a", "x"), "contains(#n0, :v0)"),
        (.attributeExists("a"), "attribute_exists(#n0)"), (.attributeType("a", "N"), "attribute_type(#n0, :v0)"),
        (.isIn("a", [1, 2, 3]), "#n0 IN (:v0, :v1, :v2)"), (.sizeCompare("a", .greater, 2), "size(#n0) > :v0"),
    ])
    func everyOperatorRenders(condition: DynamoDBCondition, text: String) {
        var expression = DynamoDBExpression()
        #expect(condition.render(into: &expression) == text)
    }

    @Test func documentPathsAndRepeatedNames() {
        var expression = DynamoDBExpression()
        #expect(expression.path("stats.byDomain[2].score") == "#n0.#n1[2].#n2")
        #expect(expression.path("stats.total") == "#n0.#n3", "a repeated name reuses its placeholder")
        #expect(expression.placeholder(forName: "odd.name") == "#n4")
        #expect(expression.projection(["stats", "score"]) == "#n0, #n2")
        #expect(DynamoDBExpression().namesOrNil == nil && DynamoDBExpression().valuesOrNil == nil)
    }

    @Test func updateClauses() {
        var update = DynamoDBUpdate()
        #expect(update.isEmpty)
        update.set("status", to: "mastered")
        update.setIfNotExists("firstSeen", to: "2026-01-01")
        update.increment("score", by: 5)
        update.append("history", elements: ["a"])
        update.remove("draft")
        update.add("points", 10)
        update.delete("tags", .ss(["old"]))
        var expression = DynamoDBExpression()
        let text = update.render(into: &expression)
        #expect(
            text
                == "SET #n0 = :v0, #n1 = if_not_exists(#n1, :v1), #n2 = #n2 + :v2, #n3 = list_append(if_not_exists(#n3, :v3), :v4) "
                + "REMOVE #n4 ADD #n5 :v5 DELETE #n6 :v6")
        #expect(expression.values[":v3"] == .l([]))
        #expect(expression.values[":v4"] == .l(["a"]))

        var all = DynamoDBUpdate()
        all.setAll(["pk": "k", "b": 2, "a": 1], excluding: ["pk"])
        var allExpression = DynamoDBExpression()
        #expect(all.render(into: &allExpression) == "SET #n0 = :v0, #n1 = :v1")
        #expect(allExpression.names == ["#n0": "a", "#n1": "b"])
    }

    @Test func transactionActionsCarryTheirOwnPlaceholders() {
        var update = DynamoDBUpdate()
        update.add("count", 1)
        let action = TransactWriteItem.update(
            table: "T", key: ["pk": "a"], update: update, condition: .attributeExists("pk"))
        #expect(action.update?.updateExpression == "ADD #n0 :v0")
        #expect(action.update?.conditionExpression == "attribute_exists(#n1)")
        #expect(action.update?.expressionAttributeNames == ["#n0": "count", "#n1": "pk"])
        let check = TransactWriteItem.conditionCheck(table: "T", key: ["pk": "a"], condition: .equals("v", 1))
        #expect(check.conditionCheck?.conditionExpression == "#n0 = :v0")
        #expect(TransactWriteItem.put(table: "T", item: ["pk": "a"]).put?.conditionExpression == nil)
    }
}
