# frozen_string_literal: true

require_relative "../support/mediation_case_steps"

# Coaching through the plugin's routes, as each role would try it, and as an
# attacker would read the JSON: the plan, the check-ins and the summary are
# for the person concerned, the mediators and the moderators only; voters of
# a later case learn only whether it was completed.
RSpec.describe "Coaching" do
  include MediationCaseSteps

  fab!(:moderator)
  fab!(:core) { Fabricate(:group, name: "core") }
  fab!(:mediators) { Fabricate(:group, name: "mediators") }
  fab!(:voters) { Array.new(3) { Fabricate(:user, groups: [core]) } }
  fab!(:mediator) { Fabricate(:user, groups: [mediators]) }
  fab!(:requester) { Fabricate(:user, trust_level: TrustLevel[1], refresh_auto_groups: true) }
  fab!(:bystander) { Fabricate(:user, trust_level: TrustLevel[1], refresh_auto_groups: true) }
  fab!(:author, :user)
  fab!(:reports) { Fabricate(:private_category, group: core) }
  fab!(:topic)
  fab!(:topic_post) { Fabricate(:post, topic:, user: author) }

  let(:mediation_case) { DiscourseMediation::MediationCase.last }
  let(:base) { "/mediation/cases/#{mediation_case.id}" }
  let(:today) { Time.zone.now.utc.to_date }
  let(:secrets) { ["Weekly talks about tone", "I learned to pause", "Away that week"] }

  before do
    configure_mediation(mediators:, voters: core, reports:)
    DiscourseMediation::LadderStep.create!(
      key: "coaching",
      kind: "coaching",
      position: 3,
      title: "Coaching",
      description: "A mediator works with the member.",
      duration_days: 28,
    )
  end

  def carried_out_coaching(about: topic_post)
    ask_for_help(about, by: requester)
    the_case = DiscourseMediation::MediationCase.last
    escalate(the_case, mediator:)
    submit_complete_report(the_case, mediator:, recommended: %w[coaching])
    open_vote(the_case, subject: author)
    ballot = the_case.reload.ballot
    voters.each do |voter|
      DiscourseMediation::Ballot::Cast.call(
        params: {
          ballot_id: ballot.id,
          choice: "coaching",
        },
        guardian: voter.guardian,
      )
    end
    freeze_time(ballot.closes_at + 1.minute)
    Jobs::DiscourseMediation::CloseMediationBallots.new.execute({})
    sign_in(moderator)
    post "/mediation/cases/#{the_case.id}/implement.json",
         params: {
           duration_days: 28,
           reason: "Coaching first.",
         }
    expect(response.status).to eq(200)
    the_case.reload
  end

  def propose(dates: [today + 7], plan: "Weekly talks about tone", as: mediator)
    sign_in(as)
    post "#{base}/coaching/plan.json", params: { plan:, dates: dates.map(&:to_s) }
  end

  def answer(as: author, **params)
    sign_in(as)
    post "#{base}/coaching/answer.json", params: { answer: "agree", **params }
  end

  def errors
    response.parsed_body["errors"]
  end

  # Plan agreed, its one check-in held with a note, the summary written and
  # the coaching completed.
  def whole_coaching
    carried_out_coaching
    propose
    answer
    check_in = mediation_case.reload.coaching.check_ins.first
    freeze_time(7.days.from_now)
    sign_in(mediator)
    put "#{base}/coaching/check-ins/#{check_in.id}.json",
        params: {
          status: "held",
          note: "Away that week, then held",
        }
    expect(response.status).to eq(200)
    sign_in(author)
    post "#{base}/coaching/summary.json", params: { summary: "I learned to pause" }
    expect(response.status).to eq(200)
    sign_in(mediator)
    post "#{base}/coaching/result.json", params: { result: "completed" }
    expect(response.status).to eq(200)
  end

  it "lets the mediator propose and the person agree, answering with each one's page" do
    carried_out_coaching
    expect(author.reload.silenced_till).to be_nil
    expect(author.suspended_till).to be_nil
    propose
    expect(response.status).to eq(200)
    shown = response.parsed_body["mediation_case"]["coaching"]
    expect(shown).to include("plan" => "Weekly talks about tone", "plan_status" => "proposed")
    expect(response.parsed_body["mediation_case"]["available_actions"]).to include("coach")
    answer
    expect(response.status).to eq(200)
    expect(response.parsed_body["statement_page"]["coaching"]).to include(
      "plan_status" => "agreed",
      "can_answer" => false,
    )
  end

  it "answers bad input with 422 and its reason, and a second submission with 409" do
    carried_out_coaching
    propose(plan: "")
    expect(response.status).to eq(422)
    expect(errors).to eq([I18n.t("discourse_mediation.errors.coaching.plan_missing")])
    propose(dates: [])
    expect(response.status).to eq(422)
    expect(errors).to eq([I18n.t("discourse_mediation.errors.coaching.no_check_ins")])
    propose(dates: [today - 1])
    expect(errors).to eq([I18n.t("discourse_mediation.errors.coaching.date_in_past")])
    propose(dates: [today + 29])
    expect(errors.first).to include((today + 28).iso8601)
    propose
    expect(response.status).to eq(200)
    propose
    expect(response.status).to eq(409)
    expect(errors).to eq([I18n.t("discourse_mediation.errors.coaching.plan_pending")])
    answer(answer: "change", comment: "")
    expect(response.status).to eq(422)
    answer
    answer
    expect(response.status).to eq(409)
    check_in = mediation_case.reload.coaching.check_ins.first
    sign_in(mediator)
    put "#{base}/coaching/check-ins/#{check_in.id}.json", params: { status: "held" }
    expect(response.status).to eq(409)
    expect(errors).to eq([I18n.t("discourse_mediation.errors.coaching.check_in_not_due")])
    put "#{base}/coaching/check-ins/0.json", params: { status: "held" }
    expect(response.status).to eq(404)
    post "#{base}/coaching/result.json", params: { result: "completed" }
    expect(response.status).to eq(409)
    post "#{base}/coaching/result.json", params: { result: "whatever" }
    expect(response.status).to eq(422)
  end

  it "refuses the person's steps to everyone else, and the mediator's to everyone but the case's" do
    carried_out_coaching
    [requester, bystander, voters.first].each do |someone|
      propose(as: someone)
      expect(response.status).to eq(403), someone.username
      answer(as: someone)
      expect(response.status).to eq(404), someone.username
    end
    answer(as: mediator)
    expect(response.status).to eq(403)
    sign_out
    post "#{base}/coaching/plan.json", params: { plan: "P", dates: [today.to_s] }
    expect(response.status).to eq(403)
    post "#{base}/coaching/summary.json", params: { summary: "S" }
    expect(response.status).to eq(403)
    expect(mediation_case.reload.coaching).to be_nil
  end

  it "shows nothing of it to the requester, another member, a voter or anyone signed out" do
    whole_coaching
    [requester, bystander, voters.first, nil].each do |someone|
      someone ? sign_in(someone) : sign_out
      get "#{base}.json"
      expect(response.status).to eq(403)
      get "#{base}/statement.json"
      expect(response.status).to be_in([403, 404])
      get "/mediation/my-requests.json"
      secrets.each { |secret| expect(response.body).not_to include(secret) }
      get "/mediation/transparency.json"
      secrets.each { |secret| expect(response.body).not_to include(secret) }
      get "/mediation/ballots/#{mediation_case.ballot.id}.json"
      secrets.each { |secret| expect(response.body).not_to include(secret) }
    end
    report_text = Post.where(topic_id: mediation_case.ballot.topic_id).pluck(:raw).join
    secrets.each { |secret| expect(report_text).not_to include(secret) }
  end

  describe "who reads it on the case page" do
    fab!(:other_mediator) { Fabricate(:user, groups: [mediators]) }
    fab!(:affected) { Fabricate(:user, trust_level: TrustLevel[1], refresh_auto_groups: true) }
    fab!(:other_subject) { Fabricate(:user, groups: [mediators]) }

    def coaching_entries(body)
      body["mediation_case"]["timeline"].select { _1["action"].start_with?("coaching_") }
    end

    it "shows the case's own mediator and a moderator the coaching and its timeline entries" do
      whole_coaching
      [mediator, moderator].each do |reader|
        sign_in(reader)
        get "#{base}.json"
        expect(response.status).to eq(200)
        expect(response.parsed_body["mediation_case"]["coaching"]).to include(
          "result" => "completed",
        )
        expect(coaching_entries(response.parsed_body).size).to eq(5), reader.username
      end
    end

    it "shows nothing of it to a mediator not on the case, the person concerned of another case, an affected person or a requester" do
      whole_coaching
      other_case_post = Fabricate(:post, topic: Fabricate(:topic), user: other_subject)
      ask_for_help(other_case_post, by: bystander)
      expect(DiscourseMediation::MediationCase.last.subject_ids).to eq([other_subject.id])
      mediation_case.report.update!(affected_user_ids: [affected.id])
      [other_mediator, other_subject, affected, requester].each do |someone|
        sign_in(someone)
        get "#{base}.json"
        if response.status == 200
          shown = response.parsed_body["mediation_case"]
          expect(shown["coaching"]).to be_nil, someone.username
          expect(coaching_entries(response.parsed_body)).to be_empty, someone.username
        else
          expect(response.status).to be_in([403, 404]), someone.username
        end
        expect(response.body).not_to include("coaching_check_in_recorded"), someone.username
        expect(response.body).not_to include("period_ends_on"), someone.username
        secrets.each { |secret| expect(response.body).not_to include(secret) }
        get "#{base}/statement.json"
        secrets.each { |secret| expect(response.body).not_to include(secret) }
        expect(response.body).not_to include("coaching_check_in_recorded")
      end
      sign_in(other_mediator)
      get "#{base}.json"
      expect(response.status).to eq(200)
    end
  end

  it "answers bad input sent as the wrong shape or too long with 422, and keeps nothing" do
    carried_out_coaching
    sign_in(mediator)
    post "#{base}/coaching/plan.json", params: { plan: "P", dates: { "a" => today.to_s } }
    expect(response.status).to eq(422)
    post "#{base}/coaching/plan.json", params: { plan: "P", dates: (today + 1).to_s }
    expect(response.status).to be_in([200, 422])
    expect(mediation_case.reload.coaching&.plan_status).to be_in([nil, "proposed"])
    mediation_case.coaching&.destroy!
    propose(plan: "p" * 3001)
    expect(response.status).to eq(422)
    post "#{base}/coaching/plan.json", params: { plan: { "a" => "b" }, dates: [(today + 1).to_s] }
    expect(response.status).to eq(422)
    expect(errors).to eq([I18n.t("discourse_mediation.errors.coaching.not_text")])
    expect(mediation_case.reload.coaching).to be_nil
    propose
    answer(answer: "change", comment: "c" * 1001)
    expect(response.status).to eq(422)
    expect(errors).to eq(
      [I18n.t("discourse_mediation.errors.coaching.comment_too_long", count: 1000)],
    )
    answer
    check_in = mediation_case.reload.coaching.check_ins.first
    freeze_time(7.days.from_now)
    sign_in(mediator)
    put "#{base}/coaching/check-ins/#{check_in.id}.json",
        params: {
          status: "held",
          note: "n" * 501,
        }
    expect(response.status).to eq(422)
    put "#{base}/coaching/check-ins/#{check_in.id}.json", params: { status: { "a" => "held" } }
    expect(response.status).to eq(422)
    put "#{base}/coaching/check-ins/#{check_in.id}.json", params: { status: "held", note: %w[a b] }
    expect(response.status).to eq(422)
    expect(check_in.reload.status).to be_nil
    put "#{base}/coaching/check-ins/#{check_in.id}.json", params: { status: "held" }
    expect(response.status).to eq(200)
    sign_in(author)
    post "#{base}/coaching/summary.json", params: { summary: "s" * 3001 }
    expect(response.status).to eq(422)
    post "#{base}/coaching/summary.json", params: { summary: { "a" => "b" } }
    expect(response.status).to eq(422)
    expect(errors).to eq([I18n.t("discourse_mediation.errors.coaching.not_text")])
    expect(mediation_case.reload.coaching.summary).to be_nil
  end

  it "tells the voters of a later case only that the coaching was completed" do
    whole_coaching
    later_post = Fabricate(:post, topic: Fabricate(:topic), user: author)
    ask_for_help(later_post, by: requester)
    later = DiscourseMediation::MediationCase.last
    escalate(later, mediator:)
    submit_complete_report(later, mediator:, recommended: %w[coaching])
    open_vote(later, subject: author)
    sign_in(voters.first)
    get "/mediation/ballots/#{later.reload.ballot.id}.json"
    expect(response.status).to eq(200)
    earlier = response.parsed_body.dig("ballot", "case_file", "earlier_outcomes")
    expect(earlier).to contain_exactly(include("title" => "Coaching", "coaching" => "completed"))
    secrets.each { |secret| expect(response.body).not_to include(secret) }
  end
end
