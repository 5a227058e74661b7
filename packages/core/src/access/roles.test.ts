import assert from "node:assert/strict";
import { test } from "node:test";
import { commonRole, ROLES, roleWithin } from "./roles";

test("roles are ordered by the permissions they grant", () => {
  assert.ok(roleWithin("VIEWER", "CONTRIBUTOR"));
  assert.ok(roleWithin("CONTRIBUTOR", "APPROVER"));
  assert.ok(roleWithin("AUDITOR", "APPROVER"));
  assert.ok(!roleWithin("AUDITOR", "CONTRIBUTOR"), "auditors read the trail; contributors do not");
  assert.ok(!roleWithin("CONTRIBUTOR", "AUDITOR"), "contributors write; auditors do not");
  assert.ok(!roleWithin("ADMIN", "APPROVER"));
  for (const r of ROLES) {
    assert.ok(roleWithin("VIEWER", r) && roleWithin(r, "ADMIN") && roleWithin(r, r));
  }
});

test("a token acts with what both its role and its owner's role grant", () => {
  assert.equal(commonRole("APPROVER", "ADMIN"), "APPROVER");
  assert.equal(commonRole("ADMIN", "CONTRIBUTOR"), "CONTRIBUTOR");
  assert.equal(commonRole("APPROVER", "AUDITOR"), "AUDITOR");
  assert.equal(commonRole("CONTRIBUTOR", "AUDITOR"), "VIEWER");
  assert.equal(commonRole("AUDITOR", "CONTRIBUTOR"), "VIEWER");
  for (const a of ROLES)
    for (const b of ROLES) {
      const c = commonRole(a, b);
      assert.ok(roleWithin(c, a) && roleWithin(c, b), `${c} within ${a} and ${b}`);
      assert.equal(c, commonRole(b, a));
    }
});
