<?php
declare(strict_types=1);

use MssConf\Record;
use MssConf\RecordProblem;
use MssConf\Whitelist;
use PHPUnit\Framework\TestCase;

final class RecordTest extends TestCase
{
    private const GOOD_PER = ['type' => 'PER', 'address' => 'dupont.jean@pro.oc.mssante.fr', 'person_id_type' => '8',
                              'person_id' => '10010123452', 'last_name' => 'DUPONT', 'first_name' => 'Jean',
                              'notification_address' => 'jean.dupont@orange.fr'];

    /** @param list<RecordProblem> $problems @return list<string> */
    private static function summary(array $problems): array
    {
        return array_map(fn (RecordProblem $p) => "$p->field $p->name", $problems);
    }

    public function testValidRecord(): void
    {
        $this->assertSame([], Record::check(self::GOOD_PER));
        $this->assertTrue(Record::isValid(self::GOOD_PER));
    }

    public function testEveryProblemWithItsField(): void
    {
        $problems = Record::check(['person_id' => '10010123453', 'last_name' => 'Martin',
                                   'notification_address' => 'x@medecin.mssante.fr'] + self::GOOD_PER);
        $this->assertSame(['person_id MSS_ERR_ID_CHECKSUM',
                           'notification_address MSS_WARN_RECORD_NOTIFICATION_MSSANTE',
                           'address MSS_WARN_RECORD_NAME_NOT_IN_ADDRESS'], self::summary($problems));
        $this->assertSame(10, $problems[0]->offset);
        $this->assertFalse($problems[0]->isWarning());
        $this->assertSame('la clé de contrôle est fausse', $problems[0]->messageFr);
    }

    public function testOrgAndNationalData(): void
    {
        $this->assertSame(['struct_id MSS_ERR_RECORD_STRUCT_ID_REQUIRED',
                           'responsible_address MSS_ERR_RECORD_RESPONSIBLE_REQUIRED'],
                          self::summary(Record::check(['type' => 'ORG', 'adresse' => 'accueil@pro.oc.mssante.fr'])));
        $this->assertSame([], Record::check(['type' => 'ORG', 'address' => 'accueil@pro.oc.mssante.fr',
                                             'struct_id_type' => '1', 'struct_id' => '310781406'], null, true));
    }

    public function testAccountFileColumnsAnyCaseAndAccents(): void
    {
        $problems = Record::check(['Type' => 'INT', 'Adresse' => 'durand.sophie@ehpad.oc.mssante.fr',
                                   'Type ID PP' => '8', 'ID-PP' => '10010890126', 'Prénom' => 'Sophie']);
        $this->assertSame(['person_id MSS_ERR_RECORD_RPPS_FORBIDDEN'], self::summary($problems));
    }

    public function testWhitelistApplies(): void
    {
        $wl = Whitelist::fromDomains(['autre.mssante.fr']);
        $this->assertSame(['address MSS_ERR_ADDRESS_DOMAIN_NOT_WHITELISTED'],
                          self::summary(Record::check(['address' => 'dupont.jean@ch-albi.mssante.fr'] + self::GOOD_PER, $wl)));
    }

    public function testSampleAccountFile(): void
    {
        $data = __DIR__ . '/../../../examples/data';
        $wl = Whitelist::fromFile("$data/whitelist-sample.txt");
        $in = fopen("$data/accounts-sample.csv", 'r');
        $header = fgetcsv($in, null, ';');
        $header[0] = preg_replace('/^\xEF\xBB\xBF/', '', $header[0]);
        $rows = $invalid = 0;
        while (($fields = fgetcsv($in, null, ';')) !== false) {
            $rows++;
            $invalid += Record::isValid(array_combine($header, $fields), $wl) ? 0 : 1;
        }
        fclose($in);
        $this->assertSame([30, 10], [$rows, $invalid]);
    }

    public function testBadArgumentsThrow(): void
    {
        try {
            Record::check(['adress' => 'x@y.fr']);
            $this->fail('no exception');
        } catch (\ValueError $e) {
            $this->assertStringContainsString('adress', $e->getMessage());
        }
        $this->expectException(\TypeError::class);
        Record::check(['person_id' => 10010123452]);
    }

    public function testNulBytesAndControlCharacters(): void
    {
        $problems = Record::check(['last_name' => "Du\x1bpont"] + self::GOOD_PER);
        $this->assertContains('last_name MSS_ERR_CONTROL_CHARACTER', self::summary($problems));
        $this->expectException(\ValueError::class);
        Record::check(['last_name' => "Du\0pont"] + self::GOOD_PER);
    }
}
