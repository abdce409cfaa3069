# frozen_string_literal: true

require_relative "../../../lib/discourse_mediation/rules/due_process/coaching"
require_relative "../../../lib/discourse_mediation/rules/case/lifecycle"

RSpec.describe DiscourseMediation::Rules::DueProcess::Coaching do
  let(:today) { Date.new(2027, 1, 10) }
  let(:ends_on) { Date.new(2027, 2, 7) }

  def plan_errors(plan: "Weekly talks about tone", dates: %w[2027-01-17 2027-01-31])
    described_class.plan_errors(plan:, dates:, today:, ends_on:)
  end

  describe ".plan_errors" do
    it "accepts a plan with check-ins from today to the period's last day" do
      expect(plan_errors(dates: %w[2027-01-10 2027-02-07])).to eq([])
    end

    it "needs the plan's text, within its length" do
      expect(plan_errors(plan: "   ")).to eq([:plan_missing])
      expect(plan_errors(plan: "a" * described_class::PLAN_MAX_LENGTH)).to eq([])
      expect(plan_errors(plan: "a" * (described_class::PLAN_MAX_LENGTH + 1))).to eq(
        [:plan_too_long],
      )
    end

    it "needs at least one check-in and no more than the most" do
      expect(plan_errors(dates: [])).to eq([:no_check_ins])
      expect(plan_errors(dates: nil)).to eq([:no_check_ins])
      many = (1..(described_class::MAX_CHECK_INS + 1)).map { (today + _1).iso8601 }
      expect(plan_errors(dates: many)).to eq([:too_many_check_ins])
    end

    it "refuses what is not a calendar date" do
      expect(plan_errors(dates: %w[2027-02-30])).to eq([:invalid_date])
      expect(plan_errors(dates: ["soon"])).to eq([:invalid_date])
      expect(plan_errors(dates: ["2027-1-20"])).to eq([:invalid_date])
    end

    it "refuses dates in the past, after the period, or twice" do
      expect(plan_errors(dates: %w[2027-01-09])).to eq([:date_in_past])
      expect(plan_errors(dates: %w[2027-02-08])).to eq([:date_after_period])
      expect(plan_errors(dates: %w[2027-01-20 2027-01-20])).to eq([:duplicate_dates])
    end

    it "says everything wrong at once" do
      expect(plan_errors(plan: "", dates: %w[2027-01-01 2027-01-01])).to eq(
        %i[plan_missing date_in_past duplicate_dates],
      )
    end
  end

  describe ".check_in_error" do
    def error(due_on: today, recorded: false, status: "held")
      described_class.check_in_error(due_on:, recorded:, status:, today:)
    end

    it "records a check-in held or missed once its date has come" do
      expect(error).to be_nil
      expect(error(due_on: today - 3, status: "missed")).to be_nil
    end

    it "refuses an unknown status, a second recording and a date still to come" do
      expect(error(status: "late")).to eq(:invalid_status)
      expect(error(recorded: true)).to eq(:already_recorded)
      expect(error(due_on: today + 1)).to eq(:check_in_not_due)
    end
  end

  describe ".summary_open?" do
    it "opens once the plan is agreed and its last date has come, once" do
      expect(
        described_class.summary_open?(agreed: true, last_due_on: today, written: false, today:),
      ).to be(true)
      expect(
        described_class.summary_open?(agreed: true, last_due_on: today + 1, written: false, today:),
      ).to be(false)
      expect(
        described_class.summary_open?(agreed: false, last_due_on: today, written: false, today:),
      ).to be(false)
      expect(
        described_class.summary_open?(agreed: true, last_due_on: today, written: true, today:),
      ).to be(false)
    end

    it "stays open from the last check-in date until the period's last day, and closes after" do
      open = ->(on) do
        described_class.summary_open?(
          agreed: true,
          last_due_on: today,
          written: false,
          today: on,
          ends_on: today + 7,
        )
      end
      expect([today, today + 7].map(&open)).to eq([true, true])
      expect(open.call(today + 8)).to be(false)
    end
  end

  describe ".agree_error" do
    it "agrees while every check-in date is still to come, or today, within the period" do
      expect(
        described_class.agree_error(due_dates: [today, today + 7], today:, ends_on: today + 7),
      ).to be_nil
    end

    it "refuses once a check-in date has passed, or the period is over" do
      expect(
        described_class.agree_error(due_dates: [today - 1, today + 7], today:, ends_on: today + 7),
      ).to eq(:check_in_date_passed)
      expect(described_class.agree_error(due_dates: [today - 3], today:, ends_on: today - 1)).to eq(
        :period_over,
      )
    end
  end

  describe ".finish_error" do
    def error(
      result: "completed",
      agreed: true,
      all_recorded: true,
      summary_written: true,
      period_over: false
    )
      described_class.finish_error(result:, agreed:, all_recorded:, summary_written:, period_over:)
    end

    it "completes an agreed plan with every check-in recorded and the summary" do
      expect(error).to be_nil
    end

    it "does not complete before the plan, the check-ins or the summary" do
      expect(error(result: "done")).to eq(:invalid_result)
      expect(error(agreed: false)).to eq(:plan_not_agreed)
      expect(error(all_recorded: false)).to eq(:check_ins_pending)
      expect(error(summary_written: false)).to eq(:summary_missing)
      expect(error(all_recorded: false, period_over: true)).to eq(:check_ins_pending)
    end

    it "records not completed after the check-ins and the summary, or once the period is over" do
      expect(error(result: "not_completed")).to be_nil
      expect(error(result: "not_completed", summary_written: false)).to eq(:summary_missing)
      expect(error(result: "not_completed", summary_written: false, period_over: true)).to be_nil
      expect(error(result: "not_completed", all_recorded: false)).to eq(:check_ins_pending)
      expect(error(result: "not_completed", agreed: false, all_recorded: false)).to eq(
        :check_ins_pending,
      )
      expect(
        error(result: "not_completed", agreed: false, all_recorded: false, period_over: true),
      ).to be_nil
    end
  end

  describe "who takes each step (Rules::Case::Lifecycle)" do
    let(:lifecycle) { DiscourseMediation::Rules::Case::Lifecycle }

    it "lets the case's mediator or a moderator coach, once the outcome is carried out" do
      %i[closed archived].each do |state|
        expect(lifecycle.may?(:coach, state:, roles: %i[mediator assigned_mediator])).to be(true)
        expect(lifecycle.may?(:coach, state:, roles: %i[mediator moderator])).to be(true)
        expect(lifecycle.may?(:coach, state:, roles: [:mediator])).to be(false)
        expect(lifecycle.may?(:coach, state:, roles: [:subject])).to be(false)
      end
      expect(lifecycle.may?(:coach, state: :decided, roles: [:moderator])).to be(false)
    end

    it "lets only the person concerned answer the plan and write the summary" do
      expect(lifecycle.may?(:answer_coaching, state: :closed, roles: [:subject])).to be(true)
      %i[requester affected mediator moderator member].each do |role|
        expect(lifecycle.may?(:answer_coaching, state: :closed, roles: [role])).to be(false)
      end
      expect(lifecycle.may?(:answer_coaching, state: :voting, roles: [:subject])).to be(false)
    end
  end
end
