# frozen_string_literal: true

require_relative "../pg_helper"

# Coaching as a step of the ladder: carried out with no Discourse penalty,
# then a plan agreed between the case's mediator and the person concerned,
# its check-ins, the person's summary and the result, which voters of a
# later case read with the outcome. Nothing of it reaches anyone else.
RSpec.describe "coaching as a step of the ladder" do
  before do
    configure_mediation
    DiscourseMediation::LadderStep.create!(
      key: "coaching",
      kind: "coaching",
      position: 3,
      title: "Coaching",
      description: "A mediator works with the member for a few weeks.",
      duration_days: 28,
    )
  end

  let!(:voter_list) { add_voters(3) }
  let(:start) { Time.utc(2027, 1, 4, 10) }
  let(:mediation_case) do
    travel_to(start)
    decided =
      decide(
        ask_for_help,
        votes: voter_list.map { [_1, "coaching"] },
        recommended_keys: %w[coaching],
      )
    carry_out(decided, duration_days: 28)
  end
  let(:day) { start.to_date }

  def call(service, by:, **params)
    DiscourseMediation::Case.const_get(service).call(
      params: {
        case_id: mediation_case.id,
        **params,
      },
      guardian: by.guardian,
    )
  end

  def propose(by: mediator, plan: "Weekly talks about tone", dates: [day + 7, day + 21])
    call(:ProposeCoachingPlan, by:, plan:, dates: dates.map(&:to_s))
  end

  def answer(by: author, answer: "agree", comment: nil)
    call(:AnswerCoachingPlan, by:, answer:, comment:)
  end

  def record(check_in, by: mediator, status: "held", note: nil)
    call(:RecordCoachingCheckIn, by:, check_in_id: check_in.id, status:, note:)
  end

  def summarise(by: author, summary: "I learned to pause before replying.")
    call(:WriteCoachingSummary, by:, summary:)
  end

  def finish(by: mediator, result: "completed")
    call(:FinishCoaching, by:, result:)
  end

  def coaching
    mediation_case.reload.coaching
  end

  def reason_of(result, policy = :coaching_allows)
    result[:"result.policy.#{policy}"].reason
  end

  def through_the_last_check_in
    propose
    answer
    travel_to(start + 7.days)
    record(coaching.check_ins.first)
    travel_to(start + 21.days)
    record(coaching.check_ins.last, status: "missed", note: "Away that week")
  end

  describe "on the ladder" do
    def replace_ladder(coaching_days)
      steps =
        DiscourseMediation::LadderStep.in_order.map do |step|
          {
            "key" => step.key,
            "kind" => step.kind,
            "title" => step.title,
            "description" => step.description,
            "duration_days" => (step.kind == "coaching" ? coaching_days : step.duration_days).to_s,
            "review_days" => step.review_days.to_s,
          }
        end
      DiscourseMediation::LadderSteps::Replace.call(params: { steps: }, guardian: admin.guardian)
    end

    it "takes a coaching step only with a duration, and says so" do
      result = replace_ladder("")
      expect(result).to fail_a_policy(:ladder_is_sound)
      expect(result["result.policy.ladder_is_sound"].reason).to include(
        I18n.t("discourse_mediation.errors.ladder.coaching_needs_duration", position: 5),
      )
      expect(replace_ladder("42")).to run_successfully
      expect(DiscourseMediation::LadderStep.find_by(key: "coaching").duration_days).to eq(42)
    end
  end

  it "is carried out with no Discourse penalty and an end, staff included" do
    author.update!(moderator: true)
    expect(mediation_case).to have_attributes(state: "closed", outcome: "coaching")
    expect(mediation_case.sanction_ends_at).to be_within(1.second).of(start + 28.days)
    expect(author.reload).to have_attributes(silenced_till: nil, suspended_till: nil)
    expect(DiscourseMediation::Coaching.period_ends_on(mediation_case)).to eq(day + 28)
  end

  it "walks the whole coaching: plan, agreement, check-ins, summary, completed" do
    expect(propose).to run_successfully
    expect(coaching).to have_attributes(plan_status: "proposed", coach_id: mediator.id)
    expect(coaching.check_ins.map(&:due_on)).to eq([day + 7, day + 21])
    expect(answer).to run_successfully
    expect(coaching.plan_status).to eq("agreed")
    travel_to(start + 7.days)
    expect(record(coaching.check_ins.first, note: "Good talk")).to run_successfully
    expect(summarise).to fail_a_policy(:coaching_allows)
    travel_to(start + 21.days)
    expect(record(coaching.check_ins.last, status: "missed")).to run_successfully
    expect(summarise(summary: "  It helped.  ")).to run_successfully
    expect(coaching.summary).to eq("It helped.")
    expect(finish).to run_successfully
    expect(coaching).to have_attributes(result: "completed", finished_by_id: mediator.id)
    expect(mediation_case.events.map(&:action).last(7)).to eq(
      %w[
        coaching_plan_proposed
        coaching_plan_agreed
        coaching_check_in_recorded
        coaching_check_in_recorded
        coaching_summary_written
        coaching_finished
      ].unshift("outcome_told"),
    )
  end

  describe "telling the other side" do
    def messages_to(user)
      PostCreator.created.select { _1[:opts][:target_usernames] == user.username }
    end

    def coaching_messages_to(user)
      messages_to(user).select { _1[:opts][:title].start_with?("Coaching after the case") }
    end

    it "tells whose turn it is, once each, with a link and never the plan's or the summary's words" do
      mediation_case
      propose
      run_enqueued_jobs
      run_job(
        Jobs::DiscourseMediation::TellCoachingStep,
        case_id: mediation_case.id,
        event_id: mediation_case.events.last.id,
      )
      expect(coaching_messages_to(author).size).to eq(1)
      raw = coaching_messages_to(author).last[:opts][:raw]
      expect(raw).to include("/mediation/cases/#{mediation_case.id}/statement")
      expect(raw).not_to include("Weekly talks")

      answer(answer: "change", comment: "Fortnightly, please")
      run_enqueued_jobs
      expect(coaching_messages_to(mediator).last[:opts][:raw]).to include("asked for changes")
      expect(coaching_messages_to(mediator).last[:opts][:raw]).not_to include("Fortnightly")

      propose(dates: [day + 14])
      run_enqueued_jobs
      expect(coaching_messages_to(author).size).to eq(2)
      answer
      travel_to(start + 14.days)
      record(coaching.check_ins.first)
      summarise
      finish
      run_enqueued_jobs
      expect(coaching_messages_to(mediator).map { _1[:opts][:raw] }).to include(
        a_string_including("agreed to the coaching plan"),
        a_string_including("wrote their summary"),
      )
      expect(coaching_messages_to(mediator).last[:opts][:raw]).not_to include("pause before")
      expect(coaching_messages_to(author).last[:opts][:raw]).to include("as completed")
      expect(coaching_messages_to(author).size).to eq(3)
    end
  end

  it "lets the person ask for changes, and the mediator propose again" do
    propose
    expect(answer(answer: "change")).to fail_a_contract
    expect(answer(answer: "change", comment: "x" * 1001)).to fail_a_contract
    expect(answer(answer: "maybe")).to fail_a_contract
    expect(answer(answer: "change", comment: "Fortnightly, please")).to run_successfully
    expect(coaching).to have_attributes(
      plan_status: "changes_requested",
      change_comment: "Fortnightly, please",
    )
    expect(answer).to fail_a_policy(:coaching_allows)
    expect(propose(dates: [day + 14])).to run_successfully
    expect(coaching.check_ins.map(&:due_on)).to eq([day + 14])
    expect(coaching.plan_status).to eq("proposed")
    expect(coaching.change_comment).to be_nil
    asked = mediation_case.events.find_by(action: "coaching_changes_requested")
    expect(asked.data).to include("comment" => "Fortnightly, please")
  end

  describe "agreeing to a plan in time" do
    it "refuses to agree once a check-in date has passed, and lets the person ask for changes" do
      propose
      travel_to(start + 8.days)
      result = answer
      expect(result).to fail_a_policy(:coaching_allows)
      expect(reason_of(result)).to eq(
        I18n.t("discourse_mediation.errors.coaching.check_in_date_passed"),
      )
      expect(coaching.plan_status).to eq("proposed")
      expect(answer(answer: "change", comment: "New dates, please")).to run_successfully
    end

    it "refuses to agree once the period is over" do
      propose
      travel_to(start + 29.days)
      expect(reason_of(answer)).to eq(
        I18n.t("discourse_mediation.errors.coaching.period_over", ends_on: "2027-02-01"),
      )
    end
  end

  it "keeps the summary open from the last check-in date to the period's last day, not after" do
    through_the_last_check_in
    travel_to(start + 28.days)
    expect(coaching.summary_open?((start + 28.days).to_date)).to be(true)
    travel_to(start + 29.days)
    result = summarise
    expect(result).to fail_a_policy(:coaching_allows)
    expect(reason_of(result)).to eq(
      I18n.t("discourse_mediation.errors.coaching.period_over", ends_on: "2027-02-01"),
    )
    expect(finish(result: "not_completed")).to run_successfully
  end

  it "refuses every step, with its reason, on a coaching whose period has no end" do
    propose
    answer
    mediation_case.update_column(:sanction_ends_at, nil)
    travel_to(start + 21.days)
    [finish(result: "not_completed"), finish, summarise].each do |result|
      expect(result).to fail_a_policy(:coaching_allows)
      expect(reason_of(result)).to eq(I18n.t("discourse_mediation.errors.coaching.no_period"))
    end
  end

  it "counts the moderator who coached among those who acted, off the appeal's roll" do
    expect(propose(by: moderator)).to run_successfully
    expect(mediation_case.reload.acted_ids).to include(moderator.id)
    expect(mediation_case.recusal_roles[:acted_ids]).to include(moderator.id)
  end

  describe "a plan that cannot be proposed" do
    {
      "an empty plan" => [{ plan: "  " }, :plan_missing],
      "a plan too long" => [{ plan: "a" * 3001 }, :plan_too_long],
      "no check-ins" => [{ dates: [] }, :no_check_ins],
      "a date in the past" => [{ dates: [Date.new(2027, 1, 3)] }, :date_in_past],
      "a date after the period" => [{ dates: [Date.new(2027, 2, 2)] }, :date_after_period],
      "the same date twice" => [{ dates: [Date.new(2027, 1, 9)] * 2 }, :duplicate_dates],
    }.each do |what, (params, key)|
      it "refuses #{what}, with its reason, and keeps nothing" do
        result = propose(**params)
        expect(result).to fail_a_policy(:coaching_input)
        expect(reason_of(result, :coaching_input)).to eq(
          I18n.t(
            "discourse_mediation.errors.coaching.#{key}",
            count: key == :plan_too_long ? 3000 : nil,
            ends_on: "2027-02-01",
          ),
        )
        expect(coaching).to be_nil
      end
    end

    it "refuses more check-ins than a plan may have, and what is not a date" do
      many = (1..13).map { day + _1 }
      expect(reason_of(propose(dates: many), :coaching_input)).to include("at most 12")
      expect(
        call(:ProposeCoachingPlan, by: mediator, plan: "P", dates: ["2027-02-30"]),
      ).to fail_a_policy(:coaching_input)
    end

    it "refuses a second plan while the first waits for an answer, and after it is agreed" do
      propose
      expect(reason_of(propose)).to eq(I18n.t("discourse_mediation.errors.coaching.plan_pending"))
      answer
      expect(reason_of(propose)).to eq(I18n.t("discourse_mediation.errors.coaching.plan_agreed"))
      expect(answer).to fail_a_policy(:coaching_allows)
    end
  end

  it "lets only the case's mediator or a moderator coach, and only the person answer" do
    expect(propose(by: other_mediator)).to fail_a_policy(:may_take)
    expect(propose(by: author)).to fail_a_policy(:may_take)
    expect(propose(by: member)).to fail_a_policy(:may_take)
    expect(propose(by: moderator)).to run_successfully
    expect(coaching.coach_id).to eq(moderator.id)
    expect(answer(by: mediator)).to fail_a_policy(:may_take)
    expect(answer(by: member)).to fail_a_policy(:may_take)
    expect(answer(by: voter_list.first)).to fail_a_policy(:may_take)
  end

  it "records a check-in only once its date has come, once" do
    propose
    first = coaching.check_ins.first
    expect(reason_of(record(first))).to eq(
      I18n.t("discourse_mediation.errors.coaching.check_in_before_agreement"),
    )
    answer
    expect(reason_of(record(first))).to eq(
      I18n.t("discourse_mediation.errors.coaching.check_in_not_due"),
    )
    travel_to(start + 7.days)
    expect(record(first, status: "late")).to fail_a_policy(:coaching_input)
    expect(record(first, note: "n" * 501)).to fail_a_contract
    expect(record(first, by: other_mediator)).to fail_a_policy(:may_take)
    expect(record(first)).to run_successfully
    expect(reason_of(record(first, status: "missed"))).to eq(
      I18n.t("discourse_mediation.errors.coaching.already_recorded"),
    )
    expect(first.reload.status).to eq("held")
    expect(
      call(:RecordCoachingCheckIn, by: mediator, check_in_id: -1, status: "held"),
    ).to fail_to_find_a_model(:check_in)
  end

  it "takes the summary from the person only, once, within its length, after the last check-in date" do
    propose
    answer
    expect(summarise).to fail_a_policy(:coaching_allows)
    through_the_last_check_in_dates = start + 21.days
    travel_to(through_the_last_check_in_dates)
    expect(summarise(by: mediator)).to fail_a_policy(:may_take)
    expect(summarise(summary: " ")).to fail_a_contract
    expect(summarise(summary: "s" * 3001)).to fail_a_contract
    expect(summarise).to run_successfully
    expect(reason_of(summarise)).to eq(
      I18n.t("discourse_mediation.errors.coaching.summary_not_open"),
    )
  end

  it "completes only after every check-in and the summary, and records the result once" do
    expect(reason_of(finish)).to eq(I18n.t("discourse_mediation.errors.coaching.no_coaching_yet"))
    propose
    expect(reason_of(finish)).to eq(I18n.t("discourse_mediation.errors.coaching.plan_not_agreed"))
    answer
    expect(reason_of(finish)).to eq(I18n.t("discourse_mediation.errors.coaching.check_ins_pending"))
    through_the_last_check_in
    expect(reason_of(finish)).to eq(
      I18n.t("discourse_mediation.errors.coaching.summary_not_written"),
    )
    expect(reason_of(finish(result: "done"), :coaching_input)).to eq(
      I18n.t("discourse_mediation.errors.coaching.invalid_result"),
    )
    # Before the period ends, the person's summary is not shut out.
    expect(reason_of(finish(result: "not_completed"))).to eq(
      I18n.t("discourse_mediation.errors.coaching.summary_not_written"),
    )
    expect(summarise).to run_successfully
    expect(finish(result: "not_completed")).to run_successfully
    expect(reason_of(finish)).to eq(
      I18n.t("discourse_mediation.errors.coaching.finished", result: "not completed"),
    )
    expect(summarise).to fail_a_policy(:coaching_allows)
  end

  it "records not completed once the period is over, whatever was done" do
    propose
    expect(finish(result: "not_completed")).to fail_a_policy(:coaching_allows)
    travel_to(start + 29.days)
    expect(finish(result: "not_completed")).to run_successfully
  end

  it "refuses every step on a case whose outcome is not coaching" do
    travel_to(start)
    other =
      carry_out(
        decide(
          ask_for_help(on: Fabricate(:post, user: author)),
          votes: voter_list.map { [_1, "suspension"] },
        ),
      )
    result =
      DiscourseMediation::Case::ProposeCoachingPlan.call(
        params: {
          case_id: other.id,
          plan: "P",
          dates: [(day + 1).to_s],
        },
        guardian: moderator.guardian,
      )
    expect(result).to fail_a_policy(:coaching_outcome)
  end

  it "refuses coaching before the case is carried out" do
    travel_to(start)
    decided =
      decide(
        ask_for_help,
        votes: voter_list.map { [_1, "coaching"] },
        recommended_keys: %w[coaching],
      )
    result =
      DiscourseMediation::Case::ProposeCoachingPlan.call(
        params: {
          case_id: decided.id,
          plan: "P",
          dates: [(day + 1).to_s],
        },
        guardian: moderator.guardian,
      )
    expect(result).to fail_a_policy(:in_state)
  end

  it "says nothing of a coaching to the voters of a later case once an appeal replaced it" do
    appeal_group = Fabricate(:group)
    appeal_voters = Array.new(3) { Fabricate(:member, groups: [appeal_group]) }
    SiteSetting.mediation_appeal_groups = appeal_group.id.to_s
    propose
    expect(
      DiscourseMediation::Statement::Appeal.call(
        params: {
          case_id: mediation_case.id,
          statement: "I apologised the next day.",
        },
        guardian: author.guardian,
      ),
    ).to run_successfully
    ballot = mediation_case.reload.appeal_ballot
    appeal_voters.each { cast(ballot, _1, "no_action") }
    DiscourseMediation::BallotBox.close!(ballot, now: ballot.closes_at)
    expect(mediation_case.reload.outcome).to eq("no_action")
    expect(coaching).to be_present
    later =
      open_vote(
        submit_report(
          ask_for_help(on: Fabricate(:post, user: author)),
          recommended_keys: %w[coaching],
        ),
      )
    file = DiscourseMediation::BallotView.for(later.ballot, voter_list.first)[:case_file]
    expect(file[:earlier_outcomes].map { _1[:coaching] }.compact).to be_empty
  end

  describe "who sees it" do
    before do
      through_the_last_check_in
      travel_to(start + 21.days)
      summarise
      finish
    end

    it "shows the person concerned their plan, check-ins and summary on their page" do
      shown = statement_page(mediation_case, author)[:coaching]
      expect(shown).to include(
        plan: "Weekly talks about tone",
        summary: "I learned to pause before replying.",
        result: "completed",
        can_answer: false,
        can_propose: false,
      )
      expect(shown[:check_ins].map { _1[:status] }).to eq(%w[held missed])
    end

    it "shows the mediators and moderators the case's coaching, and nobody else on the statement page" do
      expect(case_page(mediation_case, mediator)[:coaching]).to include(result: "completed")
      expect(case_page(mediation_case, moderator)[:coaching]).to include(
        plan: "Weekly talks about tone",
      )
      expect(statement_page(mediation_case, member)[:coaching]).to be_nil
      expect(statement_page(mediation_case, mediator)[:coaching]).to be_nil
    end

    it "counts as an earlier outcome for the voters of a later case, only whether completed" do
      later =
        submit_report(
          ask_for_help(on: Fabricate(:post, user: author)),
          recommended_keys: %w[coaching],
        )
      later = open_vote(later)
      file = DiscourseMediation::BallotView.for(later.ballot, voter_list.first)[:case_file]
      earlier = file[:earlier_outcomes].find { _1[:title] == "Coaching" }
      expect(earlier).to include(coaching: "completed")
      text = file.to_json
      ["Weekly talks", "pause before replying", "Away that week"].each do |secret|
        expect(text).not_to include(secret)
      end
    end

    it "is forgotten by the voters of a later case after the forgiveness period" do
      later = submit_report(ask_for_help(on: Fabricate(:post, user: author)))
      later = open_vote(later)
      travel_to(
        mediation_case.reload.ended_at + (SiteSetting.mediation_forgiveness_months + 1).months,
      )
      file = DiscourseMediation::BallotView.for(later.ballot, voter_list.first)[:case_file]
      expect(file[:earlier_outcomes].map { _1[:title] }).not_to include("Coaching")
    end

    it "puts none of it in the report topic or the transparency figures" do
      run_enqueued_jobs
      topic_raw = Post.where(topic_id: mediation_case.ballot.topic_id).pluck(:raw).join("\n")
      expect(topic_raw).not_to include("Weekly talks")
      expect(topic_raw).not_to include("pause before replying")
    end
  end
end
