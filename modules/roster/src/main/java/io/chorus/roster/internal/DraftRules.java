package io.chorus.roster.internal;

import io.chorus.roster.AccountDraft;
import io.chorus.roster.CreatorDraft;
import io.chorus.roster.KolProfileDraft;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rules across fields that annotations cannot state, shared by the API and the importer. Field
 * paths follow Bean Validation's ({@code accounts[1].handle}).
 */
final class DraftRules {

  record Problem(String field, String message) {}

  private DraftRules() {}

  static List<Problem> check(CreatorDraft draft) {
    List<Problem> problems = new ArrayList<>();
    if (draft.kind() != null && draft.kind().isKol()) {
      KolProfileDraft kol = draft.kolProfile();
      if (kol == null || kol.field() == null || kol.field().isBlank()) {
        problems.add(
            new Problem(
                "kolProfile.field",
                "A KOL needs a field of expertise (e.g. dermatology); it is what they are"
                    + " trusted for."));
      }
    }
    problems.addAll(checkVerification(draft.kolProfile()));
    if (draft.accounts() != null) {
      Map<String, Integer> seen = new HashMap<>();
      for (int i = 0; i < draft.accounts().size(); i++) {
        AccountDraft account = draft.accounts().get(i);
        if (account == null || account.platform() == null || account.handle() == null) {
          continue;
        }
        String key = account.platform() + "/" + Text.key(Text.handle(account.handle()));
        Integer first = seen.putIfAbsent(key, i);
        if (first != null) {
          problems.add(
              new Problem(
                  "accounts[" + i + "].handle",
                  "The same account is listed twice (also accounts[" + first + "])."));
        }
      }
    }
    return problems;
  }

  static List<Problem> checkVerification(KolProfileDraft kol) {
    if (kol == null) {
      return List.of();
    }
    boolean by = kol.verifiedBy() != null && !kol.verifiedBy().isBlank();
    boolean on = kol.verifiedOn() != null;
    if (by != on) {
      return List.of(
          new Problem(
              by ? "kolProfile.verifiedOn" : "kolProfile.verifiedBy",
              "A verification needs both who verified and when."));
    }
    return List.of();
  }
}
