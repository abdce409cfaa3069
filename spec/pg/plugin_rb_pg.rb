# frozen_string_literal: true

require_relative "pg_helper"

# plugin.rb itself, evaluated as Discourse evaluates it (the Plugin::Instance
# stand-in), with a Rails whose configuration the plugin writes to. What it
# registers is what a real Discourse would run.
RSpec.describe Plugin::Instance, "#activate! with plugin.rb" do
  let(:config) { Struct.new(:filter_parameters).new([]) }
  let(:plugin) { described_class.new(nil, File.join(PLUGIN_ROOT, "plugin.rb")) }

  before do
    stub_const("Rails", Module.new)
    rails_config = config
    Rails.define_singleton_method(:application) { Struct.new(:config).new(rails_config) }
    # plugin.rb defines the plugin's name again, as it does once in Discourse.
    DiscourseMediation.send(:remove_const, :PLUGIN_NAME)
    plugin.activate!.notify_after_initialize
  end

  # This instance's handlers, beside the ones the tier's own plugin.rb registered.
  after { plugin.events.each { |name, handlers| handlers.each { DiscourseEvent.off(name, &_1) } } }

  it "keeps a vote's choice, its receipt and the paper's reason out of the request log, and nothing else" do
    filter = ActiveSupport::ParameterFilter.new(config.filter_parameters)
    logged =
      filter.filter(
        "choice" => "suspension",
        "receipt" => "k3y",
        "paper_reason" => "Friends",
        "ballot_id" => "7",
        "choices" => "x",
      )
    expect(logged).to eq(
      "choice" => "[FILTERED]",
      "receipt" => "[FILTERED]",
      "paper_reason" => "[FILTERED]",
      "ballot_id" => "7",
      "choices" => "x",
    )
  end

  it "is turned on by its own setting, registers its dashboard checks and its icons" do
    expect(plugin.enabled_setting).to eq(:mediation_enabled)
    expect(plugin.problem_checks).to eq(
      [ProblemCheck::MediationSetup, ProblemCheck::MediationAppeals],
    )
    expect(plugin.svg_icons).to include("life-ring")
    expect(plugin.seedfu_fixtures).to eq([File.join(PLUGIN_ROOT, "db", "fixtures")])
  end

  it "tells the front end who may ask for help, mediate and vote, and nothing once mediation is off" do
    configure_mediation
    voter = Fabricate(:member, groups: [voters])
    expect(
      plugin.serialized(:current_user, :mediation_voter, object: voter, scope: voter.guardian),
    ).to eq(true)
    expect(
      plugin.serialized(:current_user, :mediation_voter, object: member, scope: member.guardian),
    ).to eq(false)
    expect(
      plugin.serialized(:current_user, :can_mediate, object: mediator, scope: mediator.guardian),
    ).to eq(true)
    expect(
      plugin.serialized(:post, :can_request_mediation, object: post, scope: member.guardian),
    ).to eq(true)

    SiteSetting.mediation_enabled = false
    expect(
      plugin.serialized(:current_user, :can_mediate, object: mediator, scope: mediator.guardian),
    ).to eq(:left_out)
  end

  it "marks a post in a private message for the help modal, and no other post" do
    configure_mediation
    conversation = Fabricate(:private_message_topic, user: author, recipient: member)
    message = Fabricate(:post, topic: conversation, user: author)
    expect(
      plugin.serialized(:post, :mediation_private_message, object: message, scope: member.guardian),
    ).to eq(true)
    expect(
      plugin.serialized(:post, :can_request_mediation, object: message, scope: member.guardian),
    ).to eq(true)
    expect(
      plugin.serialized(:post, :mediation_private_message, object: post, scope: member.guardian),
    ).to eq(:left_out)
  end

  it "marks a mediator's post in a topic they are mediating, as the post_created event arrives" do
    configure_mediation
    mediation_case = claim(ask_for_help)
    reply = Fabricate(:post, topic: mediation_case.topic, user: mediator)
    plugin.events[:post_created].each { _1.call(reply, {}, mediator) }
    expect(plugin.custom_field_types).to eq(DiscourseMediation::MediatorPostMark::FIELD => :boolean)
    expect(reply.reload.custom_fields[DiscourseMediation::MediatorPostMark::FIELD]).to be_present
  end
end
