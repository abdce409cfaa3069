# frozen_string_literal: true

require_relative "../../../lib/discourse_mediation/rules/case/lifecycle"

# Recommendations to other spaces in the lifecycle: recorded by a moderator
# once the outcome is carried out, answered by the person concerned, marked
# passed on by a moderator; nobody else, and never before the outcome.
RSpec.describe DiscourseMediation::Rules::Case::Lifecycle do
  let(:lifecycle) { described_class }
  let(:everyone_else) { %i[mediator assigned_mediator requester affected member system] }

  it "lets a moderator recommend once the outcome is carried out, not after archiving" do
    expect(lifecycle.may?(:recommend, state: :closed, roles: [:moderator])).to eq(true)
    (described_class::STATES - [:closed]).each do |state|
      expect(lifecycle.may?(:recommend, state:, roles: [:moderator])).to eq(false), state.to_s
    end
  end

  it "lets only the person concerned answer, and only a moderator mark it passed on, after the outcome" do
    %i[closed archived].each do |state|
      expect(lifecycle.may?(:answer_recommendation, state:, roles: [:subject])).to eq(true)
      expect(lifecycle.may?(:pass_on_recommendation, state:, roles: [:moderator])).to eq(true)
    end
    expect(lifecycle.may?(:answer_recommendation, state: :decided, roles: [:subject])).to eq(false)
    expect(lifecycle.may?(:pass_on_recommendation, state: :voting, roles: [:moderator])).to eq(
      false,
    )
  end

  it "refuses every other role" do
    %i[recommend answer_recommendation pass_on_recommendation].each do |action|
      allowed = action == :answer_recommendation ? %i[subject] : %i[moderator]
      (everyone_else + %i[subject moderator] - allowed).each do |role|
        expect(lifecycle.role_may?(action, roles: [role])).to eq(false), "#{role} #{action}"
      end
    end
  end

  it "offers the actions on the case page to a moderator of a closed case" do
    expect(lifecycle.available_actions(state: :closed, roles: [:moderator])).to include(
      :recommend,
      :pass_on_recommendation,
    )
    expect(lifecycle.available_actions(state: :closed, roles: [:subject])).to include(
      :answer_recommendation,
    )
  end
end
