# frozen_string_literal: true

require_relative "pg_helper"

# Double submissions of conduct outside the forum, with real connections in
# threads: what a form sent twice at the same moment leaves behind. These
# examples commit for real, and the tables are emptied after each.
RSpec.describe "conduct outside the forum, sent twice at once", :concurrent do
  before { configure_mediation }

  let(:fields) do
    {
      subject_username: author.username,
      where: "Review of pull request 4121",
      happened_on: Time.zone.now.to_date.iso8601,
      evidence: [{ kind: "quote", quote: "Nobody wants your patches here." }],
    }
  end

  it "makes one request and one case of a member's request sent twice" do
    asker = member
    results =
      at_once(2) do
        DiscourseMediation::HelpRequest::CreateElsewhere.call(
          params: {
            **fields,
            kind: "deescalate",
            message: "They wrote this under my pull request.",
          },
          guardian: asker.guardian,
        )
      end
    expect(results.count(&:success?)).to eq(1)
    expect(results.find(&:failure?)).to fail_a_policy(:not_asked_twice)
    expect(DiscourseMediation::MediationCase.count).to eq(1)
    expect(DiscourseMediation::HelpRequest.count).to eq(1)
    expect(DiscourseMediation::Evidence.count).to eq(1)
  end

  it "makes one case of a mediator's case sent twice" do
    opener = mediator
    results =
      at_once(2) do
        DiscourseMediation::Case::OpenElsewhere.call(
          params: {
            **fields,
            summary: "Insults under a pull request.",
          },
          guardian: opener.guardian,
        )
      end
    expect(results.count(&:success?)).to eq(1)
    expect(results.find(&:failure?)).to fail_a_policy(:not_opened_twice)
    expect(DiscourseMediation::MediationCase.count).to eq(1)
    expect(DiscourseMediation::CaseNote.count).to eq(1)
  end

  it "keeps a case to its most pieces when the last two are added at once" do
    max = DiscourseMediation::Rules::Case::Evidence::MAX_PER_CASE
    mediation_case =
      DiscourseMediation::Case::OpenElsewhere.call(
        params: {
          **fields,
          summary: "Insults under a pull request.",
          evidence: [{ kind: "quote", quote: "One" }] * (max - 1),
        },
        guardian: mediator.guardian,
      ).mediation_case
    adder = mediator
    results =
      at_once(2) do |i|
        DiscourseMediation::Case::AddEvidence.call(
          params: {
            case_id: mediation_case.id,
            kind: "quote",
            quote: "Last #{i}",
          },
          guardian: adder.guardian,
        )
      end
    expect(results.count(&:success?)).to eq(1)
    expect(results.find(&:failure?)).to fail_a_policy(:room_for_evidence)
    expect(mediation_case.evidence.count).to eq(max)
  end

  it "counts a member's requests sent at once against the daily limit" do
    SiteSetting.mediation_max_requests_per_day = 1
    asker = member
    people = [author, Fabricate(:member)]
    results =
      at_once(2) do |i|
        DiscourseMediation::HelpRequest::CreateElsewhere.call(
          params: {
            **fields,
            subject_username: people[i].username,
            kind: "deescalate",
            message: "They wrote this under my pull request.",
          },
          guardian: asker.guardian,
        )
      end
    expect(results.count(&:success?)).to eq(1)
    expect(results.find(&:failure?)).to fail_a_policy(:within_daily_limit)
    expect(DiscourseMediation::HelpRequest.count).to eq(1)
  end

  it "adds one piece of the same piece sent twice" do
    mediation_case =
      DiscourseMediation::Case::OpenElsewhere.call(
        params: {
          **fields,
          summary: "Insults under a pull request.",
        },
        guardian: mediator.guardian,
      ).mediation_case
    adder = mediator
    results =
      at_once(2) do
        DiscourseMediation::Case::AddEvidence.call(
          params: {
            case_id: mediation_case.id,
            kind: "link",
            url: "https://github.com/org/repo/pull/4121",
          },
          guardian: adder.guardian,
        )
      end
    expect(results.count(&:success?)).to eq(1)
    expect(results.find(&:failure?)).to fail_a_policy(:not_on_case_already)
    expect(mediation_case.evidence.where(kind: "link").count).to eq(1)
  end
end
