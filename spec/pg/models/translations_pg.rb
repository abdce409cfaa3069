# frozen_string_literal: true

require_relative "../pg_helper"

# Every literal key the server passes to I18n.t exists in server.en.yml: a
# key only the client has, or a typo, would show users "translation missing".
# Keys built at run time are exercised by the service and job specs, where a
# missing one raises.
RSpec.describe "the server's translations" do
  let(:keys) do
    Dir[File.join(PLUGIN_ROOT, "{app,lib}/**/*.rb")]
      .flat_map { |file| File.read(file).scan(/I18n\.t\(\s*"([a-z0-9_.]+)"/).flatten }
      .uniq
  end

  it "has every key the server asks for" do
    expect(keys.size).to be > 50
    missing = keys.reject { |key| I18n.exists?(key, :en) }
    expect(missing).to eq([])
  end

  it "tells a recused voter why, whatever the reason" do
    roles = {
      subject_ids: [1],
      requester_ids: [2],
      mediator_ids: [3],
      affected_ids: [4],
      acted_ids: [5],
    }
    reasons =
      (1..5).map { DiscourseMediation::Rules::Ballot::Recusal.reason(user_id: _1, **roles).to_s } +
        ["stepped_aside"]
    expect(reasons.reject { I18n.exists?("discourse_mediation.errors.recused_#{_1}", :en) }).to eq(
      [],
    )
  end
end
